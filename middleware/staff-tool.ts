import type { RequestHandler } from 'express'

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
