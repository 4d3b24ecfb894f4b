import type { Database } from './db.ts'

export type LockReason = 'pin_attempts' | 'forgotten_pin' | 'caseworker'

/**
 * The security side of a client record: the PIN secret, the PIN and forgotten-PIN challenges (kept on
 * the record, not in a session, so every browser and app process asks the same thing), failed
 * attempts, self-service lock-out and sign-in dates.
 */
export class ClientSecurityModel {
  constructor(private readonly db: Database) {}

  /**
   * The challenge currently set on the record, or the proposed one if none is: set only where the
   * column is empty, then read back, so concurrent requests agree on one challenge.
   */
  private async keepOrSet(
    clientId: number,
    column: 'pin_challenge_positions' | 'forgotten_pin_questions',
    proposed: string,
  ): Promise<string> {
    await this.db('clients')
      .where({ id: clientId })
      .whereNull(column)
      .update({ [column]: proposed })
    const row = await this.db('clients').where({ id: clientId }).first(column)
    return row?.[column] ?? proposed
  }

  pinChallenge(clientId: number, proposed: string): Promise<string> {
    return this.keepOrSet(clientId, 'pin_challenge_positions', proposed)
  }

  forgottenPinQuestions(clientId: number, proposed: string): Promise<string> {
    return this.keepOrSet(clientId, 'forgotten_pin_questions', proposed)
  }

  /** Counts a wrong PIN answer; at the limit the client is locked out of self-service, in the same step. */
  async recordFailedPin(clientId: number, limit: number, now: Date): Promise<{ failures: number; locked: boolean }> {
    return this.db.transaction(async trx => {
      await trx('clients')
        .where({ id: clientId })
        .update({ failed_pin_attempts: trx.raw('failed_pin_attempts + 1') })
      const row = await trx('clients').where({ id: clientId }).first('failed_pin_attempts')
      const failures = row?.failed_pin_attempts ?? 0
      if (failures < limit) return { failures, locked: false }
      await trx('clients').where({ id: clientId }).update({
        self_service_locked_at: now.toISOString(),
        self_service_lock_reason: 'pin_attempts',
        pin_challenge_positions: null,
      })
      return { failures, locked: true }
    })
  }

  async lockSelfService(clientId: number, reason: LockReason, now: Date): Promise<void> {
    await this.db('clients').where({ id: clientId }).update({
      self_service_locked_at: now.toISOString(),
      self_service_lock_reason: reason,
      pin_challenge_positions: null,
      forgotten_pin_questions: null,
      updated_at: now.toISOString(),
    })
  }

  async unlockSelfService(clientId: number, now: Date): Promise<void> {
    await this.db('clients').where({ id: clientId }).update({
      self_service_locked_at: null,
      self_service_lock_reason: null,
      failed_pin_attempts: 0,
      updated_at: now.toISOString(),
    })
  }

  /** The forgotten-PIN answers were right: the questions are used up. */
  async clearForgottenPinQuestions(clientId: number): Promise<void> {
    await this.db('clients').where({ id: clientId }).update({ forgotten_pin_questions: null })
  }

  async setPin(clientId: number, pinCiphertext: string, now: Date): Promise<void> {
    await this.db('clients').where({ id: clientId }).update({
      pin_ciphertext: pinCiphertext,
      pin_updated_at: now.toISOString(),
      pin_challenge_positions: null,
      failed_pin_attempts: 0,
      updated_at: now.toISOString(),
    })
  }

  /** Marks the client as a self-service user signed in now; the first sign-in date is set once only. */
  async recordSignIn(clientId: number, now: Date): Promise<void> {
    await this.db('clients')
      .where({ id: clientId })
      .update({
        self_service: true,
        first_sign_in_at: this.db.raw('coalesce(first_sign_in_at, ?)', [now.toISOString()]),
        last_sign_in_at: now.toISOString(),
        pin_challenge_positions: null,
        forgotten_pin_questions: null,
        failed_pin_attempts: 0,
        updated_at: now.toISOString(),
      })
  }
}
