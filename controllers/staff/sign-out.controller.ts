import type { RequestHandler } from 'express'
import type { AuditLog } from '../../models/audit.model.ts'
import { destroySession } from '../../middleware/setUpSession.ts'

/** Ends the staff session on the server and drops its cookie. */
export function post(auditLog: AuditLog, cookie: { name: string; path: string }, signedOutUrl: string): RequestHandler {
  return async (req, res) => {
    const staffId = req.session.staff?.staffId
    await destroySession(req)
    if (staffId) await auditLog.record({ actorType: 'staff', actorId: staffId, action: 'staff_signed_out' })
    res.clearCookie(cookie.name, { path: cookie.path })
    res.redirect(signedOutUrl)
  }
}

/** "You have been signed out", or (?reason=timeout) signed out after the idle time-out. */
export function get(idleMinutes: number, signInUrl: string): RequestHandler {
  return (req, res) => {
    res.render('pages/staff/signed-out', { timedOut: req.query.reason === 'timeout', idleMinutes, signInUrl })
  }
}
