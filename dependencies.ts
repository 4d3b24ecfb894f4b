import type { i18n } from 'i18next'
import type { Config } from './config.ts'
import { Activities } from './models/activity.model.ts'
import { ApplicationModel } from './models/application.model.ts'
import { AuditLog } from './models/audit.model.ts'
import { BankAccounts } from './models/bank-account.model.ts'
import { ClientSecurityModel } from './models/client-security.model.ts'
import { ClientCases } from './models/client-cases.model.ts'
import { ClientMoney } from './models/client-money.model.ts'
import { ClientStatements } from './models/client-statements.model.ts'
import { ClientModel } from './models/client.model.ts'
import type { Database } from './models/db.ts'
import { Documents } from './models/document.model.ts'
import { IdentityAccountModel } from './models/identity-account.model.ts'
import { Letters } from './models/letter.model.ts'
import { OutboundMessageModel } from './models/outbound-message.model.ts'
import { PaymentLedger } from './models/payment-ledger.model.ts'
import { ServiceRequestModel } from './models/service-request.model.ts'
import { ScheduledTexts } from './models/scheduled-text.model.ts'
import { SignInCodeModel } from './models/sign-in-code.model.ts'
import { SpecialClientRecords } from './models/special-client-record.model.ts'
import { SpecialClientRecordsService } from './services/caseworker/special-client-records.ts'
import { UploadErrors } from './models/upload-error.model.ts'
import { HomeNotices } from './models/home-notices.model.ts'
import { ApplicationProgress } from './services/applications/application-progress.ts'
import { BankAccountChanges } from './services/account/bank-account-changes.ts'
import { HomeSummaries } from './services/account/home-summary.ts'
import { MyCases } from './services/account/my-cases.ts'
import { PaymentPlans } from './services/account/payment-plan.ts'
import { StatementService } from './services/account/statements.ts'
import { loadAssetPaths, type AssetPath } from './services/assets.ts'
import { AccountNumberSecret } from './services/bank-details/account-number-secret.ts'
import { systemClock, type Clock } from './services/clock.ts'
import { createDocumentStorage, type DocumentStorage } from './services/document-storage/index.ts'
import { EnrolmentService } from './services/gateway/enrolment.service.ts'
import type { IdentityProvider } from './services/gateway/identity-provider.ts'
import { LocalIdentityProvider } from './services/gateway/local-identity-provider.ts'
import { createI18n } from './services/i18n.ts'
import { createLogger, type Logger } from './services/logger.ts'
import { ChangePinService } from './services/details/change-pin.service.ts'
import { ContactDetailsService } from './services/details/contact-details.service.ts'
import { ClientContactModel } from './models/client-contact.model.ts'
import { ChangeEvidenceModel } from './models/change-evidence.model.ts'
import { createAddressLookup, type AddressLookup } from './services/address-lookup/index.ts'
import { ChangesOfCircumstancesService } from './services/changes-of-circumstances/changes-of-circumstances.service.ts'
import { CardPayments } from './services/payments/card-payments.ts'
import { choosePaymentProvider } from './services/payments/index.ts'
import type { PaymentProvider } from './services/payments/payment-provider.ts'
import type { SandboxCheckout } from './services/payments/sandbox/sandbox-checkout.ts'
import type { NotificationService } from './services/notifications/notification-service.ts'
import { NotifyNotificationService } from './services/notifications/notify-notification-service.ts'
import { OutboxNotificationService } from './services/notifications/outbox-notification-service.ts'
import { LetterIssuer } from './services/letters/letter-issuer.ts'
import { ContactHistory } from './services/messages/contact-history.ts'
import { SecureMessages } from './services/messages/secure-messages.ts'
import { PinSecret } from './services/pin-secret.ts'
import { ServiceRequestsService } from './services/service-requests/service-requests.service.ts'
import { ForgottenPinService } from './services/sign-in/forgotten-pin.service.ts'
import { PinSignInService } from './services/sign-in/pin-sign-in.service.ts'
import { SignInCodeService } from './services/sign-in/sign-in-code.service.ts'
import { PaymentDueReminders } from './services/text-updates/payment-due-reminders.ts'
import { TextUpdates } from './services/text-updates/text-updates.ts'
import { DocumentUploads } from './services/uploads/document-uploads.ts'
import { createVirusScanner, type VirusScanner } from './services/virus-scan/index.ts'

/** Everything the app needs from outside itself, passed in so tests can swap any part. */
export interface AppDependencies {
  config: Config
  db: Database
  clock: Clock
  logger: Logger
  i18n: i18n
  assetPath: AssetPath
  auditLog: AuditLog
  pinSecret: PinSecret
  notifications: NotificationService
  outbox: OutboundMessageModel
  clients: ClientModel
  serviceRequests: ServiceRequestModel
  raiseServiceRequest: ServiceRequestsService
  /** What caseworkers work: messages, uploads, upload errors, letters, emails and calls on a client's record. */
  activities: Activities
  letters: Letters
  /** Applications still being set up, and where each stands. */
  applications: ApplicationProgress
  /** The home page's unread letter count and application, in one query. */
  homeNotices: HomeNotices
  /** SMS text updates to clients who asked for them. */
  textUpdates: TextUpdates
  /** The scheduled "payment due in three days" texts. */
  paymentDueReminders: PaymentDueReminders
  // Identity accounts and client sign-in.
  identityProvider: IdentityProvider
  enrolment: EnrolmentService
  pinSignIn: PinSignInService
  forgottenPin: ForgottenPinService
  signInCodes: SignInCodeService
  // Document uploads.
  virusScanner: VirusScanner
  documentStorage: DocumentStorage
  documents: Documents
  uploadErrors: UploadErrors
  documentUploads: DocumentUploads
  // Secure messages and letters.
  secureMessages: SecureMessages
  contactHistory: ContactHistory
  /** Issues letters: on the site for self-service clients (with an email), by post otherwise or by law. */
  letterIssuer: LetterIssuer
  // Card payments.
  /** GOV.UK Pay, or the built-in sandbox. */
  paymentProvider: PaymentProvider
  /** The sandbox's card pages; null when payments go to GOV.UK Pay. */
  paymentSandbox: SandboxCheckout | null
  /** One-off card payments: create, then look up and record in the ledger once. */
  cardPayments: CardPayments
  /** My details: the client's own changes, automated or raised as service requests. */
  details: DetailsServices
  // The signed-in client's own cases, money and pages.
  clientCases: ClientCases
  clientMoney: ClientMoney
  homeSummaries: HomeSummaries
  paymentPlans: PaymentPlans
  myCases: MyCases
  statements: StatementService
  /** Bank accounts for a Direct Debit or direct payment; caseworkers activate them. */
  bankAccounts: BankAccounts
  bankAccountChanges: BankAccountChanges
  /** Special client records: the flag, who set it, and the audit of refused attempts to open one. */
  specialClientRecords: SpecialClientRecordsService
}

export interface DetailsServices {
  changePin: ChangePinService
  contactDetails: ContactDetailsService
  /** The embedded address data set, or the OS Places API when configured. */
  addressLookup: AddressLookup
  /** Changes a caseworker must act on, sent as service requests. */
  changes: ChangesOfCircumstancesService
  evidence: ChangeEvidenceModel
}

export type DependencyOverrides = Partial<Omit<AppDependencies, 'config' | 'db'>>

type CoreDependencies = Pick<
  AppDependencies,
  | 'config'
  | 'db'
  | 'clock'
  | 'logger'
  | 'i18n'
  | 'assetPath'
  | 'auditLog'
  | 'pinSecret'
  | 'notifications'
  | 'outbox'
  | 'clients'
  | 'serviceRequests'
  | 'raiseServiceRequest'
  | 'activities'
  | 'letters'
  | 'applications'
  | 'homeNotices'
  | 'textUpdates'
  | 'paymentDueReminders'
>

function buildCoreDependencies(config: Config, db: Database, overrides: DependencyOverrides): CoreDependencies {
  const clock = overrides.clock ?? systemClock
  const i18next = overrides.i18n ?? createI18n()
  const outbox = overrides.outbox ?? new OutboundMessageModel(db)
  const notifications =
    overrides.notifications ??
    (config.notify
      ? new NotifyNotificationService(config.notify, outbox, i18next, clock)
      : new OutboxNotificationService(outbox, i18next, clock))
  const auditLog = overrides.auditLog ?? new AuditLog(db, clock)
  const serviceRequests = overrides.serviceRequests ?? new ServiceRequestModel(db)
  const logger = overrides.logger ?? createLogger(config)
  const clients = overrides.clients ?? new ClientModel(db)
  const textUpdates = overrides.textUpdates ?? new TextUpdates(clients, notifications, logger)
  return {
    config,
    db,
    clock,
    logger,
    i18n: i18next,
    assetPath: overrides.assetPath ?? loadAssetPaths(),
    auditLog,
    pinSecret: overrides.pinSecret ?? new PinSecret(config.pinEncryptionKey),
    notifications,
    outbox,
    clients,
    serviceRequests,
    raiseServiceRequest:
      overrides.raiseServiceRequest ?? new ServiceRequestsService(db, serviceRequests, auditLog, clock),
    activities: overrides.activities ?? new Activities(db),
    letters: overrides.letters ?? new Letters(db),
    applications: overrides.applications ?? new ApplicationProgress(db, new ApplicationModel(db), auditLog, clock),
    homeNotices: overrides.homeNotices ?? new HomeNotices(db),
    textUpdates,
    paymentDueReminders:
      overrides.paymentDueReminders ?? new PaymentDueReminders(new ScheduledTexts(db), textUpdates, clock),
  }
}

type SignInDependencies = Pick<
  AppDependencies,
  'identityProvider' | 'enrolment' | 'pinSignIn' | 'forgottenPin' | 'signInCodes'
>

function buildSignInDependencies(core: CoreDependencies, overrides: DependencyOverrides): SignInDependencies {
  const { config, db, clock, auditLog, pinSecret, notifications, clients } = core
  const identityAccounts = new IdentityAccountModel(db)
  const clientSecurity = new ClientSecurityModel(db)
  return {
    identityProvider: overrides.identityProvider ?? new LocalIdentityProvider(identityAccounts, auditLog, clock),
    enrolment: overrides.enrolment ?? new EnrolmentService(identityAccounts, clients, auditLog, clock),
    pinSignIn: overrides.pinSignIn ?? new PinSignInService(clientSecurity, pinSecret, auditLog, clock),
    forgottenPin:
      overrides.forgottenPin ?? new ForgottenPinService(clientSecurity, pinSecret, notifications, auditLog, clock),
    signInCodes:
      overrides.signInCodes ??
      new SignInCodeService(new SignInCodeModel(db), notifications, auditLog, clock, config.sessionSecret),
  }
}

type UploadDependencies = Pick<
  AppDependencies,
  'virusScanner' | 'documentStorage' | 'documents' | 'uploadErrors' | 'documentUploads'
>

function buildUploadDependencies(core: CoreDependencies, overrides: DependencyOverrides): UploadDependencies {
  const { config, db, clock, logger, auditLog, activities } = core
  const virusScanner = overrides.virusScanner ?? createVirusScanner(config, logger)
  const documentStorage = overrides.documentStorage ?? createDocumentStorage(config)
  const documents = overrides.documents ?? new Documents(db)
  const uploadErrors = overrides.uploadErrors ?? new UploadErrors(db)
  const documentUploads =
    overrides.documentUploads ??
    new DocumentUploads({
      db,
      clock,
      logger,
      auditLog,
      documents,
      uploadErrors,
      activities,
      virusScanner,
      documentStorage,
    })
  return { virusScanner, documentStorage, documents, uploadErrors, documentUploads }
}

type MessageDependencies = Pick<AppDependencies, 'secureMessages' | 'contactHistory' | 'letterIssuer'>

function buildMessageDependencies(
  core: CoreDependencies,
  uploads: UploadDependencies,
  overrides: DependencyOverrides,
): MessageDependencies {
  const { db, clock, auditLog, activities, clients, letters, notifications, textUpdates } = core
  return {
    letterIssuer:
      overrides.letterIssuer ??
      new LetterIssuer({ db, clock, clients, letters, activities, auditLog, notifications, textUpdates }),
    secureMessages:
      overrides.secureMessages ??
      new SecureMessages({ db, clock, auditLog, activities, documentUploads: uploads.documentUploads }),
    contactHistory: overrides.contactHistory ?? new ContactHistory(activities, uploads.documents),
  }
}

type PaymentDependencies = Pick<AppDependencies, 'paymentProvider' | 'paymentSandbox' | 'cardPayments'>

function buildPaymentDependencies(core: CoreDependencies, overrides: DependencyOverrides): PaymentDependencies {
  const { config, db, clock, auditLog, clients, textUpdates } = core
  const payments = choosePaymentProvider(config, db, clock)
  // A receiving parent who asked for texts hears when a payment for them has come in.
  const textReceivingParent = async ({ caseId }: { caseId: number }) => {
    const receivingParentId = await clients.receivingParentIdOf(caseId)
    if (receivingParentId !== undefined) await textUpdates.send(receivingParentId, 'paymentReceived')
  }
  const paymentProvider = overrides.paymentProvider ?? payments.provider
  return {
    paymentProvider,
    paymentSandbox: overrides.paymentSandbox === undefined ? payments.sandbox : overrides.paymentSandbox,
    cardPayments:
      overrides.cardPayments ??
      new CardPayments(paymentProvider, new PaymentLedger(db, auditLog, clock), clock, textReceivingParent),
  }
}

function buildDetailsDependencies(core: CoreDependencies, overrides: DependencyOverrides): DetailsServices {
  const { config, db, clock, auditLog, pinSecret, notifications, raiseServiceRequest, textUpdates } = core
  const evidence = overrides.details?.evidence ?? new ChangeEvidenceModel(db)
  return {
    changePin:
      overrides.details?.changePin ??
      new ChangePinService(new ClientSecurityModel(db), pinSecret, notifications, auditLog, clock, textUpdates),
    contactDetails:
      overrides.details?.contactDetails ??
      new ContactDetailsService(db, new ClientContactModel(db), auditLog, clock, textUpdates),
    addressLookup: overrides.details?.addressLookup ?? createAddressLookup(config),
    changes: overrides.details?.changes ?? new ChangesOfCircumstancesService(db, raiseServiceRequest, evidence),
    evidence,
  }
}

type AccountDependencies = Pick<
  AppDependencies,
  | 'clientCases'
  | 'clientMoney'
  | 'homeSummaries'
  | 'paymentPlans'
  | 'myCases'
  | 'statements'
  | 'bankAccounts'
  | 'bankAccountChanges'
>

function buildAccountDependencies(core: CoreDependencies, overrides: DependencyOverrides): AccountDependencies {
  const { config, db, clock, auditLog, raiseServiceRequest } = core
  const clientCases = overrides.clientCases ?? new ClientCases(db)
  const clientMoney = overrides.clientMoney ?? new ClientMoney(db)
  const bankAccounts = overrides.bankAccounts ?? new BankAccounts(db, clock)
  const secret = new AccountNumberSecret(config.bankDetailsEncryptionKey)
  return {
    bankAccounts,
    bankAccountChanges:
      overrides.bankAccountChanges ??
      new BankAccountChanges(db, clientCases, bankAccounts, secret, raiseServiceRequest, auditLog),
    clientCases,
    clientMoney,
    homeSummaries: overrides.homeSummaries ?? new HomeSummaries(clientCases, clientMoney, clock),
    paymentPlans: overrides.paymentPlans ?? new PaymentPlans(clientCases, clientMoney, clock),
    myCases: overrides.myCases ?? new MyCases(clientCases, clientMoney, clock),
    statements: overrides.statements ?? new StatementService(clientCases, new ClientStatements(db), clock),
  }
}

function buildSpecialRecordDependencies(
  core: CoreDependencies,
  overrides: DependencyOverrides,
): Pick<AppDependencies, 'specialClientRecords'> {
  const { db, auditLog, clock } = core
  return {
    specialClientRecords:
      overrides.specialClientRecords ??
      new SpecialClientRecordsService(db, new SpecialClientRecords(db), auditLog, clock),
  }
}

/** The real parts for a configuration and an open database; any part can be replaced. */
export function buildDependencies(config: Config, db: Database, overrides: DependencyOverrides = {}): AppDependencies {
  const core = buildCoreDependencies(config, db, overrides)
  const uploads = buildUploadDependencies(core, overrides)
  return {
    ...core,
    ...buildSignInDependencies(core, overrides),
    ...uploads,
    ...buildMessageDependencies(core, uploads, overrides),
    ...buildPaymentDependencies(core, overrides),
    details: buildDetailsDependencies(core, overrides),
    ...buildAccountDependencies(core, overrides),
    ...buildSpecialRecordDependencies(core, overrides),
  }
}
