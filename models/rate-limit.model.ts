import type { ClientRateLimitInfo, Store } from 'express-rate-limit'
import type { Clock } from '../services/clock.ts'
import type { Database } from './db.ts'

interface CountRow {
  hits: number | string
  resets_at: number | string
}

/**
 * Hit counters for express-rate-limit kept in the database, so every app process counts the same
 * requests. Each hit is one atomic upsert: a window that has ended starts again at 1.
 */
export class DatabaseRateLimitStore implements Store {
  localKeys = false

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly windowMs: number,
    readonly prefix: string,
  ) {}

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const now = this.clock.now().getTime()
    const resetsAt = now + this.windowMs
    const result: unknown = await this.db.raw(
      `insert into rate_limits (key, hits, resets_at) values (?, 1, ?)
       on conflict (key) do update set
         hits = case when rate_limits.resets_at <= ? then 1 else rate_limits.hits + 1 end,
         resets_at = case when rate_limits.resets_at <= ? then ? else rate_limits.resets_at end
       returning hits, resets_at`,
      [`${this.prefix}${key}`, resetsAt, now, now, resetsAt],
    )
    const row = (Array.isArray(result) ? result[0] : (result as { rows: CountRow[] }).rows[0]) as CountRow
    return { totalHits: Number(row.hits), resetTime: new Date(Number(row.resets_at)) }
  }

  async decrement(key: string): Promise<void> {
    await this.db('rate_limits')
      .where({ key: `${this.prefix}${key}` })
      .andWhere('hits', '>', 0)
      .update({ hits: this.db.raw('hits - 1') })
  }

  async resetKey(key: string): Promise<void> {
    await this.db('rate_limits')
      .where({ key: `${this.prefix}${key}` })
      .delete()
  }
}
