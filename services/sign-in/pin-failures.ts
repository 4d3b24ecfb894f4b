import type { AuditLog } from '../../models/audit.model.ts'
import type { ClientSecurityModel } from '../../models/client-security.model.ts'
import type { Clock } from '../clock.ts'

export const PIN_FAILURE_LIMIT = 3

export type PinFailure = { locked: true } | { locked: false; attemptsLeft: number }

/**
 * A wrong PIN, wherever it was given (signing in or changing the PIN): counted towards one shared
 * lock-out, audited, and the third in a row locks the client out of self-service.
 */
export async function recordWrongPin(
  dependencies: { security: ClientSecurityModel; auditLog: AuditLog; clock: Clock },
  clientId: number,
  during: 'sign_in' | 'change_pin',
): Promise<PinFailure> {
  const { security, auditLog, clock } = dependencies
  const { failures, locked } = await security.recordFailedPin(clientId, PIN_FAILURE_LIMIT, clock.now())
  await auditLog.record({
    actorType: 'client',
    actorId: String(clientId),
    action: 'pin_check_failed',
    subjectType: 'client',
    subjectId: clientId,
    details: during === 'sign_in' ? { failures } : { failures, during },
  })
  if (!locked) return { locked: false, attemptsLeft: PIN_FAILURE_LIMIT - failures }
  await auditLog.record({
    actorType: 'system',
    actorId: null,
    action: 'self_service_locked',
    subjectType: 'client',
    subjectId: clientId,
    details: { reason: 'pin_attempts' },
  })
  return { locked: true }
}
