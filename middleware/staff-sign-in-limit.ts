import type { RequestHandler } from 'express'
import type { AuditLog } from '../models/audit.model.ts'
import type { Database } from '../models/db.ts'
import type { Clock } from '../services/clock.ts'
import { limitPostsPerIp } from './rate-limit.ts'

const STAFF_ID = /^\d{8}$/

/**
 * Limits sign-in attempts to one staff tool per client IP address, on top of each account's own
 * lock-out: the lock-out stops guessing one member's password, this stops one address trying many
 * staff IDs. The first refusal in each window is audited with the staff ID tried, when it is one.
 */
export function limitStaffSignIns(
  system: string,
  limit: number,
  deps: { db: Database; clock: Clock; auditLog: AuditLog },
): RequestHandler {
  return limitPostsPerIp(`staff-sign-in:${system}`, limit, deps, req => {
    const { staffId } = (req.body ?? {}) as { staffId?: unknown }
    const tried = typeof staffId === 'string' && STAFF_ID.test(staffId.trim()) ? staffId.trim() : undefined
    return deps.auditLog.record({
      actorType: 'system',
      actorId: null,
      action: 'staff_sign_in_rate_limited',
      ...(tried ? { subjectType: 'staff_member', subjectId: tried } : {}),
      details: { system, ipAddress: req.ip },
    })
  })
}
