import type { IdentityAccountRow } from '../types/knex-tables.d.ts'
import { returnedId, type Database } from './db.ts'

export interface NewIdentityAccount {
  userId: string
  firstName: string | null
  lastName: string | null
  email: string
  passwordHash: string
}

/** Identity accounts (the service's stand-in for the Government Gateway): user ID, password, lock-outs. */
export class IdentityAccountModel {
  constructor(private readonly db: Database) {}

  async create(account: NewIdentityAccount, now: Date): Promise<number> {
    const inserted: unknown[] = await this.db('identity_accounts')
      .insert({
        user_id: account.userId,
        first_name: account.firstName,
        last_name: account.lastName,
        email: account.email,
        password_hash: account.passwordHash,
        created_at: now.toISOString(),
        updated_at: now.toISOString(),
      })
      .returning('id')
    return returnedId(inserted[0])
  }

  findByUserId(userId: string): Promise<IdentityAccountRow | undefined> {
    return this.db('identity_accounts').where({ user_id: userId }).first()
  }

  findById(id: number): Promise<IdentityAccountRow | undefined> {
    return this.db('identity_accounts').where({ id }).first()
  }

  /** Counts a failed sign-in and, at the limit, locks the account; one atomic step, safe across processes. */
  async recordFailedSignIn(
    id: number,
    limit: number,
    lockedUntil: Date,
    now: Date,
  ): Promise<{ failures: number; locked: boolean }> {
    return this.db.transaction(async trx => {
      await trx('identity_accounts')
        .where({ id })
        .update({ failed_sign_in_count: trx.raw('failed_sign_in_count + 1'), updated_at: now.toISOString() })
      const row = await trx('identity_accounts').where({ id }).first('failed_sign_in_count')
      const failures = row?.failed_sign_in_count ?? 0
      if (failures >= limit) {
        await trx('identity_accounts')
          .where({ id })
          .update({ locked_until: lockedUntil.toISOString(), failed_sign_in_count: 0 })
        return { failures, locked: true }
      }
      return { failures, locked: false }
    })
  }

  async recordSuccessfulSignIn(id: number, now: Date): Promise<void> {
    await this.db('identity_accounts')
      .where({ id })
      .update({ failed_sign_in_count: 0, locked_until: null, updated_at: now.toISOString() })
  }

  async recordEnrolmentAttempt(id: number, succeeded: boolean, now: Date): Promise<void> {
    await this.db('enrolment_attempts').insert({ identity_account_id: id, attempted_at: now.toISOString(), succeeded })
  }

  async countFailedEnrolmentsSince(id: number, since: Date): Promise<number> {
    const rows = await this.db('enrolment_attempts')
      .where({ identity_account_id: id, succeeded: false })
      .andWhere('attempted_at', '>', since.toISOString())
      .select('id')
    return rows.length
  }

  async setEnrolmentReferenceName(id: number, referenceName: string | null): Promise<void> {
    await this.db('identity_accounts').where({ id }).update({ enrolment_reference_name: referenceName })
  }

  async lockEnrolment(id: number, until: Date): Promise<void> {
    await this.db('identity_accounts').where({ id }).update({ enrolment_locked_until: until.toISOString() })
  }
}
