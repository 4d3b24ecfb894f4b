import { Router, type RequestHandler } from 'express'
import type { AppDependencies } from '../dependencies.ts'
import * as application from '../controllers/caseworker/application.controller.ts'
import * as client from '../controllers/caseworker/client.controller.ts'
import * as findClient from '../controllers/caseworker/find-client.controller.ts'
import * as outboundMessages from '../controllers/caseworker/outbound-messages.controller.ts'
import * as security from '../controllers/caseworker/security.controller.ts'
import * as telephonePayment from '../controllers/caseworker/telephone-payment.controller.ts'
import * as changePassword from '../controllers/staff/change-password.controller.ts'
import * as signInPage from '../controllers/staff/sign-in-page.controller.ts'
import * as signIn from '../controllers/staff/sign-in.controller.ts'
import * as signOut from '../controllers/staff/sign-out.controller.ts'
import { redirectTo } from '../controllers/redirect.controller.ts'
import { caseworkerChrome, requireCaseworkerProfile } from '../middleware/caseworker-chrome.ts'
import type { CsrfProtection } from '../middleware/setUpCsrf.ts'
import { sessionCookies } from '../middleware/setUpSession.ts'
import { noStore } from '../middleware/no-store.ts'
import { createStaffAccess } from '../middleware/staff-access.ts'
import { limitStaffSignIns } from '../middleware/staff-sign-in-limit.ts'
import { forStaffTool } from '../middleware/staff-tool.ts'
import { createCaseworkerIntranet } from '../services/caseworker/index.ts'
import { staffSystems } from '../services/staff-roles.ts'
import { caseworkerPaths as paths } from './paths.ts'
import { caseworkerTool } from '../middleware/staff-tool.ts'
import { caseworkerWorkRoutes } from './caseworker-work.routes.ts'
import { caseworkerSpecialRecordRoutes } from './caseworker-special-records.routes.ts'

/** The caseworker intranet (/caseworker), with its own session cookie. */
export function caseworkerRoutes(deps: AppDependencies, session: RequestHandler[], csrf: CsrfProtection): Router {
  const intranet = createCaseworkerIntranet(deps)
  const access = createStaffAccess({
    staff: intranet.staff,
    system: staffSystems.cms2012,
    cookieName: sessionCookies.caseworker.name,
    urls: {
      signIn: paths.signIn,
      signedOut: paths.signedOut,
      chooseRole: paths.findClient,
      changePassword: paths.changePassword,
    },
  })
  const caseworker = [access.signedIn, requireCaseworkerProfile]

  const router = Router()
  router.use(
    paths.root,
    forStaffTool(caseworkerTool),
    ...session,
    noStore,
    csrf.exposeToken,
    csrf.protectForms,
    caseworkerChrome,
  )

  router.get(paths.root, redirectTo(paths.findClient))
  router.get(paths.signIn, signInPage.get())
  router.post(
    paths.signIn,
    limitStaffSignIns(staffSystems.cms2012, deps.config.rateLimits.staffSignIn, deps),
    signIn.post(intranet.signIn, deps.clock, {
      system: staffSystems.cms2012,
      audience: 'caseworker',
      urls: { menu: paths.findClient, chooseRole: paths.findClient, changePassword: paths.changePassword },
      toolName: 'CMS 2012 caseworker intranet',
    }),
  )
  router.post(paths.signOut, signOut.post(deps.auditLog, sessionCookies.caseworker, paths.signedOut))
  router.get(paths.signedOut, signOut.get(deps.config.sessionIdleMinutes, paths.signIn))
  router.get(paths.changePassword, access.signedIn, changePassword.get(paths.findClient))
  router.post(paths.changePassword, access.signedIn, changePassword.post(intranet.signIn, paths.findClient))

  router.use(caseworkerSpecialRecordRoutes(deps, caseworker))
  router.get(
    paths.findClient,
    ...caseworker,
    findClient.get(deps.clients, () => deps.clock.now(), deps.specialClientRecords),
  )
  router.get(
    paths.client,
    ...caseworker,
    client.get(deps.clients, intranet.caseView, deps.auditLog, deps.specialClientRecords),
  )
  router.post(paths.unlock, ...caseworker, security.postUnlock(deps.clients, intranet.security))
  router.get(paths.resetPin, ...caseworker, security.getResetPin(deps.clients))
  router.post(paths.resetPin, ...caseworker, security.postResetPin(deps.clients, intranet.security))
  router.get(paths.telephonePayment, ...caseworker, telephonePayment.get(deps.clients, intranet.caseView))
  router.post(
    paths.telephonePayment,
    ...caseworker,
    telephonePayment.post(deps.clients, intranet.caseView, deps.cardPayments),
  )
  router.get(paths.telephonePaymentReturn, ...caseworker, telephonePayment.getReturn(deps.clients, deps.cardPayments))
  router.get(
    paths.outboundMessages,
    ...caseworker,
    outboundMessages.get(deps.outbox, deps.clients, deps.specialClientRecords),
  )
  router.get(paths.application, ...caseworker, application.get(deps.clients, deps.applications))
  router.post(paths.application, ...caseworker, application.post(deps.clients, deps.applications))
  router.use(caseworkerWorkRoutes(deps, intranet, caseworker))
  return router
}
