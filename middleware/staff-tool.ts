import type { RequestHandler } from 'express'
import { caseworkerPaths, receiptsToolPaths } from '../routes/paths.ts'

export interface StaffTool {
  staffServiceName: string
  staffServiceUrl: string
  signInUrl: string
  signInIntro: string
}

/** Marks the request as belonging to one internal tool, for its layout and its error pages. */
export function forStaffTool(tool: StaffTool): RequestHandler {
  return (_req, res, next) => {
    Object.assign(res.locals, tool)
    res.locals.staffTool = true
    next()
  }
}

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
