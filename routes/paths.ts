/*
 * Every URL the service answers, in one place. Routes, redirects and templates all build URLs from
 * here, so no path is typed twice.
 */

export const regions = ['gb', 'ni'] as const
export type Region = (typeof regions)[number]

/** The client site is served twice: /client for Great Britain and /ni for Northern Ireland. */
export const regionPrefixes: Record<Region, string> = { gb: '/client', ni: '/ni' }

/** Client site pages, relative to the region prefix. */
export const clientPaths = {
  landing: '/',
  cookies: '/cookies',
  accessibilityStatement: '/accessibility-statement',
  help: '/help',
  contact: '/contact',
  termsAndConditions: '/terms-and-conditions',
  privacy: '/privacy',
  signedOut: '/signed-out',
  // The identity account (the "gateway"): create an account, your services, enrolment.
  createAccount: '/gateway/create-account',
  accountCreated: '/gateway/create-account/user-id',
  yourServices: '/gateway/services',
  serviceSignIn: '/gateway/services/child-maintenance',
  enrol: '/gateway/enrol',
  enrolKnownFacts: '/gateway/enrol/details',
  enrolled: '/gateway/enrol/complete',
  // Signing in to the client site.
  signIn: '/sign-in',
  pin: '/sign-in/pin',
  selfServiceLocked: '/sign-in/locked',
  forgottenPin: '/sign-in/forgotten-pin',
  newPin: '/sign-in/new-pin',
  signInCode: '/sign-in/email-code',
  enterSignInCode: '/sign-in/email-code/enter',
  signOut: '/sign-out',
  keepAlive: '/keep-alive',
  // Signed-in pages.
  home: '/home',
  applicationStatus: '/application',
  // Messages and contact history, uploads and letters.
  messages: '/messages',
  sendMessage: '/messages/send',
  messageSent: '/messages/sent/:messageId',
  uploadDocuments: '/messages/upload-documents',
  documentsUploaded: '/messages/upload-documents/done',
  letters: '/messages/letters',
  letter: '/messages/letters/:letterId',
  // My details: security, personal and contact details, changes of circumstances.
  myDetails: '/my-details',
  changePin: '/my-details/pin',
  pinChanged: '/my-details/pin/changed',
  contactDetails: '/my-details/contact',
  changePhoneNumbers: '/my-details/contact/phone-numbers',
  changeEmail: '/my-details/contact/email',
  changeContactPreference: '/my-details/contact/preference',
  changeTextUpdates: '/my-details/contact/text-updates',
  findAddress: '/my-details/contact/address/:addressType',
  chooseAddress: '/my-details/contact/address/:addressType/choose',
  enterAddress: '/my-details/contact/address/:addressType/manual',
  personalDetails: '/my-details/personal',
  changeName: '/my-details/personal/name',
  changes: '/my-details/changes',
  reportChange: '/my-details/changes/report/:changeType',
  checkChange: '/my-details/changes/check',
  changeSent: '/my-details/changes/sent/:reference',
  // The client's account: payments, card payments, payment plan, statements and cases.
  myPayments: '/my-payments',
  makeAPayment: '/make-a-payment',
  makeAPaymentReturn: '/make-a-payment/return',
  paymentPlan: '/my-payments/payment-plan',
  printPaymentPlan: '/my-payments/payment-plan/print',
  statement: '/my-payments/statement',
  statements: '/my-payments/statements',
  statementCopy: '/my-payments/statements/:caseId/:month',
  statementPdf: '/my-payments/statements/:caseId/:month/statement.pdf',
  directDebit: '/my-payments/direct-debit',
  directDebitCheck: '/my-payments/direct-debit/check',
  directDebitDone: '/my-payments/direct-debit/confirmation',
  directPayment: '/my-payments/direct-payment',
  directPaymentCheck: '/my-payments/direct-payment/check',
  directPaymentDone: '/my-payments/direct-payment/confirmation',
  myCases: '/my-cases',
  caseCalculation: '/my-cases/:caseId/calculation',
  calculationHistory: '/my-cases/:caseId/calculation-history',
  annualReviews: '/my-cases/annual-reviews',
} as const

export type ClientPage = keyof typeof clientPaths
export type ClientUrls = Record<ClientPage, string>

function prefixAll(prefix: string): ClientUrls {
  return Object.fromEntries(
    Object.entries(clientPaths).map(([page, path]) => [page, path === '/' ? prefix : `${prefix}${path}`]),
  ) as ClientUrls
}

/** Full client URLs per region, built once. */
export const clientUrls: Record<Region, ClientUrls> = {
  gb: prefixAll(regionPrefixes.gb),
  ni: prefixAll(regionPrefixes.ni),
}

export const caseworkerPaths = {
  root: '/caseworker',
  signIn: '/caseworker/sign-in',
  signOut: '/caseworker/sign-out',
  signedOut: '/caseworker/signed-out',
  changePassword: '/caseworker/change-password',
  findClient: '/caseworker/find-a-client',
  client: '/caseworker/clients/:clientId',
  unlock: '/caseworker/clients/:clientId/unlock',
  resetPin: '/caseworker/clients/:clientId/reset-pin',
  telephonePayment: '/caseworker/clients/:clientId/telephone-payment',
  telephonePaymentReturn: '/caseworker/clients/:clientId/telephone-payment/return',
  outboundMessages: '/caseworker/outbound-messages',
  application: '/caseworker/clients/:clientId/application',
  resendMessage: '/caseworker/outbound-messages/:messageId/resend',
  clientDocument: '/caseworker/clients/:clientId/documents/:documentId',
  serviceRequests: '/caseworker/service-requests',
  serviceRequest: '/caseworker/service-requests/:requestId',
  completeServiceRequest: '/caseworker/service-requests/:requestId/complete',
  rejectServiceRequest: '/caseworker/service-requests/:requestId/reject',
  activities: '/caseworker/clients/:clientId/activities',
  activity: '/caseworker/clients/:clientId/activities/:activityId',
  activityNotes: '/caseworker/clients/:clientId/activities/:activityId/notes',
  activityDone: '/caseworker/clients/:clientId/activities/:activityId/done',
  resendLetter: '/caseworker/clients/:clientId/activities/:activityId/resend-letter',
  messagePdf: '/caseworker/clients/:clientId/activities/:activityId/message.pdf',
  respondByEmail: '/caseworker/clients/:clientId/activities/:activityId/respond',
  respondByEmailFields: '/caseworker/clients/:clientId/activities/:activityId/respond/:templateId',
  respondByEmailCheck: '/caseworker/clients/:clientId/activities/:activityId/respond/:templateId/check',
  recordCall: '/caseworker/clients/:clientId/record-a-call',
  specialClientRecord: '/caseworker/clients/:clientId/special-client-record',
  workItems: '/caseworker/work-items',
} as const

export const receiptsToolPaths = {
  root: '/receipts-tool',
  signIn: '/receipts-tool/sign-in',
  signOut: '/receipts-tool/sign-out',
  signedOut: '/receipts-tool/signed-out',
  chooseRole: '/receipts-tool/user-role',
  changePassword: '/receipts-tool/change-password',
  menu: '/receipts-tool/menu',
  users: '/receipts-tool/users',
  createUser: '/receipts-tool/users/new',
  grantProfile: '/receipts-tool/users/:staffId/grant',
  editUser: '/receipts-tool/users/:staffId/profiles/:profileId',
  revokeProfile: '/receipts-tool/users/:staffId/profiles/:profileId/revoke',
  cases: '/receipts-tool/cases',
  createCase: '/receipts-tool/cases/new',
  case: '/receipts-tool/cases/:caseId',
  addChild: '/receipts-tool/cases/:caseId/children/new',
  recordReceipt: '/receipts-tool/cases/:caseId/receipts/new',
  recordPayment: '/receipts-tool/cases/:caseId/payments/new',
  reverseEntry: '/receipts-tool/cases/:caseId/entries/:entryId/reverse',
  statement: '/receipts-tool/cases/:caseId/statement',
  reports: '/receipts-tool/reports',
  receiptsAndPaymentsReport: '/receipts-tool/reports/receipts-and-payments',
  balancesReport: '/receipts-tool/reports/balances',
  moneyHeldReport: '/receipts-tool/reports/money-held',
  letters: '/receipts-tool/letters',
} as const

/** A path with its :parameters filled in, each encoded: pathTo(receiptsToolPaths.case, { caseId: 7 }). */
export function pathTo(path: string, params: Record<string, string | number>): string {
  return path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`No value for :${name} in ${path}`)
    return encodeURIComponent(String(value))
  })
}

export const operationalPaths = {
  health: '/health',
} as const

/** Pages on other sites that the service links to. */
export const externalLinks = {
  govukHome: 'https://www.gov.uk',
  childMaintenance: {
    gb: 'https://www.gov.uk/child-maintenance-service',
    ni: 'https://www.nidirect.gov.uk/information-and-services/child-maintenance',
  },
  childMaintenanceWelsh: 'https://www.gov.uk/gwasanaeth-cynhaliaeth-plant',
  employerSite: 'https://childmaintenanceservice.direct.gov.uk/employer',
  accessibilityRegulations: 'https://www.legislation.gov.uk/uksi/2018/952/contents/made',
  equalityAdvisoryService: 'https://www.equalityadvisoryservice.com/',
  equalityCommissionNi: 'https://www.equalityni.org/Home',
  callCharges: 'https://www.gov.uk/call-charges',
  relayUk: 'https://www.relayuk.bt.com/',
} as const

/**
 * The sandbox card payment provider the app serves itself when GOV.UK Pay is not configured. Like
 * GOV.UK Pay's own pages it is not part of the client site: no sign-in, its own session cookie.
 */
export const paymentSandboxPaths = {
  root: '/payment-sandbox',
  secure: '/payment-sandbox/secure/:token',
  cardDetails: '/payment-sandbox/card-details/:paymentId',
  confirm: '/payment-sandbox/card-details/:paymentId/confirm',
  cancel: '/payment-sandbox/card-details/:paymentId/cancel',
} as const
