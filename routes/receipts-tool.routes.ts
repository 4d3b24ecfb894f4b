import { Router, type RequestHandler } from 'express'
import type { AppDependencies } from '../dependencies.ts'
import * as cases from '../controllers/receipts-tool/cases.controller.ts'
import * as caseView from '../controllers/receipts-tool/case.controller.ts'
import * as createCase from '../controllers/receipts-tool/create-case.controller.ts'
import * as addChild from '../controllers/receipts-tool/add-child.controller.ts'
import * as recordReceipt from '../controllers/receipts-tool/record-receipt.controller.ts'
import * as recordPayment from '../controllers/receipts-tool/record-payment.controller.ts'
import * as reverseEntry from '../controllers/receipts-tool/reverse-entry.controller.ts'
import * as statement from '../controllers/receipts-tool/statement.controller.ts'
import * as reports from '../controllers/receipts-tool/reports.controller.ts'
import * as receiptsAndPayments from '../controllers/receipts-tool/receipts-and-payments-report.controller.ts'
import * as balances from '../controllers/receipts-tool/balances-report.controller.ts'
import * as moneyHeld from '../controllers/receipts-tool/money-held-report.controller.ts'
import * as letters from '../controllers/receipts-tool/letters.controller.ts'
import * as menu from '../controllers/receipts-tool/menu.controller.ts'
import * as root from '../controllers/receipts-tool/root.controller.ts'
import * as users from '../controllers/receipts-tool/users.controller.ts'
import * as createUser from '../controllers/receipts-tool/create-user.controller.ts'
import * as grantProfile from '../controllers/receipts-tool/grant-profile.controller.ts'
import * as editUser from '../controllers/receipts-tool/edit-user.controller.ts'
import * as revokeProfile from '../controllers/receipts-tool/revoke-profile.controller.ts'
import * as changePassword from '../controllers/staff/change-password.controller.ts'
import * as chooseRole from '../controllers/staff/choose-role.controller.ts'
import * as signIn from '../controllers/staff/sign-in.controller.ts'
import * as signInPage from '../controllers/staff/sign-in-page.controller.ts'
import * as signOut from '../controllers/staff/sign-out.controller.ts'
import type { CsrfProtection } from '../middleware/setUpCsrf.ts'
import { sessionCookies } from '../middleware/setUpSession.ts'
import { noStore } from '../middleware/no-store.ts'
import { createStaffAccess } from '../middleware/staff-access.ts'
import { staffStatus } from '../middleware/staff-status.ts'
import { limitStaffSignIns } from '../middleware/staff-sign-in-limit.ts'
import { forStaffTool } from '../middleware/staff-tool.ts'
import { createReceiptsTool } from '../services/receipts-tool/index.ts'
import { receiptsToolNavigation } from '../services/receipts-tool/menu.ts'
import { roleNames, staffSystems } from '../services/staff-roles.ts'
import { methodNames } from '../services/receipts-tool/case-money.ts'
import { pathTo, receiptsToolPaths as paths } from './paths.ts'
import { receiptsTool as receiptsToolShell } from '../middleware/staff-tool.ts'

const ADMINISTRATOR = 'system_administrator'
const CASE_WORKER = 'case_worker'

/** The Receipts and Payments Tool (/receipts-tool), with its own session cookie. */
export function receiptsToolRoutes(deps: AppDependencies, session: RequestHandler[], csrf: CsrfProtection): Router {
  const tool = createReceiptsTool(deps)
  const access = createStaffAccess({
    staff: tool.staff,
    system: staffSystems.receiptsTool,
    cookieName: sessionCookies.receiptsTool.name,
    urls: {
      signIn: paths.signIn,
      signedOut: paths.signedOut,
      chooseRole: paths.chooseRole,
      changePassword: paths.changePassword,
    },
  })
  const admin = access.withRole(ADMINISTRATOR)
  const caseWorker = access.withRole(CASE_WORKER)
  const anyRole = access.withRole(ADMINISTRATOR, CASE_WORKER)

  const router = Router()
  router.use(
    paths.root,
    forStaffTool(receiptsToolShell),
    ...session,
    noStore,
    csrf.exposeToken,
    csrf.protectForms,
    (_req, res, next) => {
      res.locals.paths = paths
      res.locals.pathTo = pathTo
      res.locals.roleNames = roleNames
      res.locals.methodNames = methodNames
      next()
    },
    staffStatus({ clock: deps.clock, signOutUrl: paths.signOut, navigationFor: receiptsToolNavigation }),
  )

  router.get(paths.root, root.get({ menu: paths.menu, signIn: paths.signIn }))
  router.get(paths.signIn, signInPage.get())
  router.post(
    paths.signIn,
    limitStaffSignIns(staffSystems.receiptsTool, deps.config.rateLimits.staffSignIn, deps),
    signIn.post(tool.signIn, deps.clock, {
      system: staffSystems.receiptsTool,
      audience: 'receiptsTool',
      urls: { menu: paths.menu, chooseRole: paths.chooseRole, changePassword: paths.changePassword },
      toolName: 'Receipts and Payments Tool',
    }),
  )
  router.post(paths.signOut, signOut.post(deps.auditLog, sessionCookies.receiptsTool, paths.signedOut))
  router.get(paths.signedOut, signOut.get(deps.config.sessionIdleMinutes, paths.signIn))
  router.get(paths.changePassword, access.signedIn, changePassword.get(paths.menu))
  router.post(paths.changePassword, access.signedIn, changePassword.post(tool.signIn, paths.menu))
  router.get(paths.chooseRole, access.signedIn, chooseRole.get())
  router.post(paths.chooseRole, access.signedIn, chooseRole.post(deps.auditLog, paths.menu))
  router.get(paths.menu, ...anyRole, menu.get())

  router.get(paths.users, ...admin, users.get(tool))
  router.get(paths.createUser, ...admin, createUser.get())
  router.post(paths.createUser, ...admin, createUser.post(tool))
  router.get(paths.grantProfile, ...admin, grantProfile.get(tool))
  router.post(paths.grantProfile, ...admin, grantProfile.post(tool))
  router.get(paths.editUser, ...admin, editUser.get(tool))
  router.post(paths.editUser, ...admin, editUser.post(tool))
  router.get(paths.revokeProfile, ...admin, revokeProfile.get(tool))
  router.post(paths.revokeProfile, ...admin, revokeProfile.post(tool))

  router.get(paths.cases, ...caseWorker, cases.get(tool))
  router.get(paths.createCase, ...caseWorker, createCase.get())
  router.post(paths.createCase, ...caseWorker, createCase.post(tool))
  router.get(paths.case, ...caseWorker, caseView.get(tool))
  router.get(paths.addChild, ...caseWorker, addChild.get(tool))
  router.post(paths.addChild, ...caseWorker, addChild.post(tool))
  router.get(paths.recordReceipt, ...caseWorker, recordReceipt.get(tool))
  router.post(paths.recordReceipt, ...caseWorker, recordReceipt.post(tool))
  router.get(paths.recordPayment, ...caseWorker, recordPayment.get(tool))
  router.post(paths.recordPayment, ...caseWorker, recordPayment.post(tool))
  router.get(paths.reverseEntry, ...caseWorker, reverseEntry.get(tool))
  router.post(paths.reverseEntry, ...caseWorker, reverseEntry.post(tool))
  router.get(paths.statement, ...caseWorker, statement.get(tool))
  router.get(paths.reports, ...caseWorker, reports.get())
  router.get(paths.receiptsAndPaymentsReport, ...caseWorker, receiptsAndPayments.get(tool))
  router.get(paths.balancesReport, ...caseWorker, balances.get(tool))
  router.get(paths.moneyHeldReport, ...caseWorker, moneyHeld.get(tool))
  router.get(paths.letters, ...caseWorker, letters.get())
  return router
}
