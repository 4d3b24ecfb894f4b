import type { SignInCodeRow } from '../types/knex-tables-identity.d.ts'
import type { Database } from './db.ts'

/** Single-use email sign-in codes, stored only as keyed hashes. */
export class SignInCodeModel {
  constructor(private readonly db: Database) {}

  /** Replaces any unused code for the client with a new one. */
  async issue(clientId: number, codeHash: string, now: Date, expiresAt: Date): Promise<void> {
    await this.db.transaction(async trx => {
      await trx('sign_in_codes')
        .where({ client_id: clientId })
        .whereNull('used_at')
        .update({ used_at: now.toISOString() })
      await trx('sign_in_codes').insert({
        client_id: clientId,
        code_hash: codeHash,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
      })
    })
  }

  /** The client's live code: unused, unexpired, with tries left. */
  live(clientId: number, now: Date, maxFailures: number): Promise<SignInCodeRow | undefined> {
    return this.db('sign_in_codes')
      .where({ client_id: clientId })
      .whereNull('used_at')
      .andWhere('expires_at', '>', now.toISOString())
      .andWhere('failed_attempts', '<', maxFailures)
      .orderBy('id', 'desc')
      .first()
  }

  async recordFailure(id: number): Promise<void> {
    await this.db('sign_in_codes')
      .where({ id })
      .update({ failed_attempts: this.db.raw('failed_attempts + 1') })
  }

  /** Uses the code once: only one of two racing requests can succeed. */
  async use(id: number, now: Date): Promise<boolean> {
    const updated = await this.db('sign_in_codes')
      .where({ id })
      .whereNull('used_at')
      .update({ used_at: now.toISOString() })
    return updated === 1
  }

  async countIssuedSince(clientId: number, since: Date): Promise<number> {
    const rows = await this.db('sign_in_codes')
      .where({ client_id: clientId })
      .andWhere('created_at', '>', since.toISOString())
      .select('id')
    return rows.length
  }
}
