import session, { type SessionData } from 'express-session'
import type { Clock } from '../services/clock.ts'
import type { Database } from './db.ts'

/** How stale an expiry may get before a request pushes it on: at most one write a minute per session. */
const TOUCH_THROTTLE_MS = 60_000

/** Expiries read by `get` and not yet used by `touch`; past this many, the oldest are forgotten. */
const MAXIMUM_REMEMBERED_EXPIRIES = 10_000

type Callback<T = void> = (error?: unknown, value?: T) => void

/**
 * express-session store on the `sessions` table, shared by every app process. A row's `expires_at`
 * is the idle deadline: each request moves it on (at most once a minute), and a row past it is
 * treated as absent, so an idle session ends for every process at once.
 *
 * express-session keeps per-middleware settings on its store, so each session middleware needs
 * its own instance.
 */
export class DatabaseSessionStore extends session.Store {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly idleMs: number,
  ) {
    super()
  }

  /**
   * The expiry each session had when `get` last read it (or `touch` last moved it on), so that `touch`
   * can tell without a query whether the row is fresh enough to leave alone (it nearly always is),
   * however many of the session's requests are in flight at once.
   */
  private readonly expiries = new Map<string, number>()

  private rememberExpiry(sid: string, expiresAt: number): void {
    if (this.expiries.size >= MAXIMUM_REMEMBERED_EXPIRIES) this.expiries.delete(this.expiries.keys().next().value!)
    this.expiries.set(sid, expiresAt)
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    this.db('sessions')
      .first('data', 'expires_at')
      .where({ sid })
      .andWhere('expires_at', '>', this.clock.now().getTime())
      .then(row => {
        if (row) this.rememberExpiry(sid, Number(row.expires_at))
        callback(undefined, row ? (JSON.parse(row.data) as SessionData) : null)
      }, callback)
  }

  override set(sid: string, data: SessionData, callback?: Callback): void {
    const row = { sid, data: JSON.stringify(data), expires_at: this.clock.now().getTime() + this.idleMs }
    this.expiries.delete(sid)
    this.db('sessions')
      .insert(row)
      .onConflict('sid')
      .merge(['data', 'expires_at'])
      .then(
        () => callback?.(),
        error => callback?.(error),
      )
  }

  override touch(sid: string, _data: SessionData, callback?: Callback): void {
    const now = this.clock.now().getTime()
    const newExpiry = now + this.idleMs
    const known = this.expiries.get(sid)
    if (known !== undefined && known > now && known >= newExpiry - TOUCH_THROTTLE_MS) {
      callback?.()
      return
    }
    this.expiries.delete(sid)
    this.db('sessions')
      .update({ expires_at: newExpiry })
      .where({ sid })
      .andWhere('expires_at', '>', now)
      .andWhere('expires_at', '<', newExpiry - TOUCH_THROTTLE_MS)
      .then(
        () => {
          // Pushed on, or left alone because it was already within a minute of this (or had ended,
          // when the next read finds nothing anyway): either way no other write is due for a minute.
          this.rememberExpiry(sid, newExpiry)
          callback?.()
        },
        error => callback?.(error),
      )
  }

  override destroy(sid: string, callback?: Callback): void {
    this.expiries.delete(sid)
    this.db('sessions')
      .delete()
      .where({ sid })
      .then(
        () => callback?.(),
        error => callback?.(error),
      )
  }
}

/** Deletes sessions past their deadline; run now and then by the server, never on a request. */
export async function pruneExpiredSessions(db: Database, clock: Clock): Promise<number> {
  return db('sessions').delete().where('expires_at', '<=', clock.now().getTime())
}
