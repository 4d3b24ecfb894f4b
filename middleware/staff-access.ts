import type { Request, RequestHandler } from 'express'
import type { StaffModel } from '../models/staff.model.ts'
import { destroySession } from './setUpSession.ts'

export interface StaffAccessOptions {
  staff: StaffModel
  /** The system whose profiles admit people to this tool. */
  system: string
  /** The tool's session cookie, to tell a session that timed out from a visitor who never signed in. */
  cookieName: string
  urls: { signIn: string; signedOut: string; chooseRole: string; changePassword: string }
}

/** A request whose cookie named a session the store no longer has: it ended, most likely by the idle time-out. */
function sessionHasEnded(req: Request, cookieName: string): boolean {
  const sentCookie = (req.headers.cookie ?? '').split(';').some(part => part.trim().startsWith(`${cookieName}=`))
  return sentCookie && req.session.csrfToken === undefined && req.session.audience === undefined
}

/**
 * Guards for a staff tool's pages, checked on every request against the database, so a revoked
 * profile takes effect at once:
 * - `signedIn`: a staff member is signed in, has changed any temporary password, and still holds a
 *   profile for the system;
 * - `withRole(...roles)`: and the role they chose is still theirs and is one the page allows.
 */
export function createStaffAccess({ staff, system, cookieName, urls }: StaffAccessOptions) {
  /**
   * Requests already let through: a client record's pages pass the check in front of the whole record
   * and again on the page's own route, and one look at the profiles serves both.
   */
  const admitted = new WeakSet<Request>()

  const signedIn: RequestHandler = async (req, res, next) => {
    if (admitted.has(req)) {
      next()
      return
    }
    const member = req.session.staff
    if (!member) {
      res.redirect(sessionHasEnded(req, cookieName) ? `${urls.signedOut}?reason=timeout` : urls.signIn)
      return
    }
    if (req.session.passwordChangeRequired && req.originalUrl !== urls.changePassword) {
      res.redirect(urls.changePassword)
      return
    }
    const roles = await staff.rolesOf(member.staffId, system)
    if (roles.length === 0) {
      await destroySession(req)
      res.redirect(urls.signIn)
      return
    }
    res.locals.heldRoles = roles
    admitted.add(req)
    next()
  }

  const chosenRole: RequestHandler = (req, res, next) => {
    const role = req.session.staffRole
    if (!role || !(res.locals.heldRoles as string[]).includes(role)) {
      delete req.session.staffRole
      res.redirect(urls.chooseRole)
      return
    }
    next()
  }

  function withRole(...allowed: string[]): RequestHandler[] {
    const allowedRole: RequestHandler = (req, res, next) => {
      if (allowed.includes(req.session.staffRole!)) {
        next()
        return
      }
      res.status(403).render('pages/staff/forbidden')
    }
    return [signedIn, chosenRole, allowedRole]
  }

  return { signedIn, withRole }
}

export type StaffAccess = ReturnType<typeof createStaffAccess>
