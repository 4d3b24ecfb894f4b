import type { AuditLog } from '../../models/audit.model.ts'
import type { Database } from '../../models/db.ts'
import type { Clock } from '../clock.ts'
import type { LetterIssuer } from '../letters/letter-issuer.ts'

/**
 * What a caseworker can do to a client's self-service security: unlock after a lock-out, or reset the
 * PIN (the client then chooses a new one through the forgotten-PIN questions, the way in for anyone
 * without a PIN). Each change and its audit entry commit together, with the caseworker's staff ID;
 * a PIN reset also issues letter CMSL9800, "We need to update your security details", with it.
 */
export class ClientSecurityActions {
  constructor(
    private readonly db: Database,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
    private readonly letterIssuer: LetterIssuer,
  ) {}

  async unlock(clientId: number, staffId: string): Promise<boolean> {
    const now = this.clock.now().toISOString()
    return this.db.transaction(async trx => {
      const updated = await trx('clients').where({ id: clientId }).whereNotNull('self_service_locked_at').update({
        self_service_locked_at: null,
        self_service_lock_reason: null,
        failed_pin_attempts: 0,
        updated_at: now,
      })
      if (updated === 0) return false
      await this.auditLog.record(
        {
          actorType: 'staff',
          actorId: staffId,
          action: 'self_service_unlocked',
          subjectType: 'client',
          subjectId: clientId,
        },
        trx,
      )
      return true
    })
  }

  async resetPin(clientId: number, staffId: string): Promise<void> {
    const now = this.clock.now().toISOString()
    const letter = await this.letterIssuer.prepare({ clientId, templateCode: 'CMSL9800', issuedBy: staffId })
    const issued = await this.db.transaction(async trx => {
      await trx('clients').where({ id: clientId }).update({
        pin_ciphertext: null,
        pin_updated_at: now,
        pin_challenge_positions: null,
        forgotten_pin_questions: null,
        failed_pin_attempts: 0,
        self_service_locked_at: null,
        self_service_lock_reason: null,
        updated_at: now,
      })
      await this.auditLog.record(
        {
          actorType: 'staff',
          actorId: staffId,
          action: 'pin_reset_by_caseworker',
          subjectType: 'client',
          subjectId: clientId,
        },
        trx,
      )
      return this.letterIssuer.record(letter, trx)
    })
    await this.letterIssuer.announce(letter, issued)
  }
}
