import { Router, type RequestHandler } from 'express'
import { redirectTo } from '../controllers/redirect.controller.ts'
import * as signInPage from '../controllers/staff/sign-in-page.controller.ts'
import type { CsrfProtection } from '../middleware/setUpCsrf.ts'
import { noStore } from '../middleware/no-store.ts'
import { forStaffTool, type StaffTool } from '../middleware/staff-tool.ts'
import { caseworkerPaths, receiptsToolPaths } from './paths.ts'

export const caseworkerTool: StaffTool = {
  staffServiceName: 'Child Maintenance Service caseworker intranet',
  staffServiceUrl: caseworkerPaths.root,
  signInUrl: caseworkerPaths.signIn,
  signInIntro:
    'Sign in with your staff ID and password. You need a Case Worker or Team Leader profile for the CMS 2012 system.',
}

export const receiptsTool: StaffTool = {
  staffServiceName: 'Transfer of Receipts to Future Scheme',
  staffServiceUrl: receiptsToolPaths.root,
  signInUrl: receiptsToolPaths.signIn,
  signInIntro: 'Sign in to the Receipts and Payments Tool with your staff ID and password.',
}

/** The caseworker intranet (/caseworker), with its own session cookie. */
export function caseworkerRoutes(session: RequestHandler[], csrf: CsrfProtection): Router {
  const router = Router()
  router.use(
    caseworkerPaths.root,
    forStaffTool(caseworkerTool),
    ...session,
    noStore,
    csrf.exposeToken,
    csrf.protectForms,
  )
  router.get(caseworkerPaths.root, redirectTo(caseworkerPaths.signIn))
  router.get(caseworkerPaths.signIn, signInPage.get())
  return router
}
