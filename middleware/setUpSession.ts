import type { Request, RequestHandler } from 'express'
import session from 'express-session'
import type { Config } from '../config.ts'
import type { Database } from '../models/db.ts'
import { DatabaseSessionStore } from '../models/session.model.ts'
import type { Clock } from '../services/clock.ts'
import type { Logger } from '../services/logger.ts'
import { randomBytesFromPool } from '../services/random-tokens.ts'

export type Audience = 'client' | 'caseworker' | 'receiptsTool' | 'paymentSandbox'

/**
 * Each audience has its own cookie, scoped to its own path where it can be, so a client's cookie
 * never opens a staff page and the two staff tools never share a session.
 */
export const sessionCookies: Record<Audience, { name: string; path: string }> = {
  client: { name: 'cmss_client', path: '/' },
  caseworker: { name: 'cmss_caseworker', path: '/caseworker' },
  receiptsTool: { name: 'cmss_receipts_tool', path: '/receipts-tool' },
  paymentSandbox: { name: 'cmss_payment_sandbox', path: '/payment-sandbox' },
}

export interface SessionDependencies {
  config: Pick<Config, 'env' | 'sessionSecret' | 'sessionIdleMinutes' | 'sessionAbsoluteHours' | 'trustProxy'>
  db: Database
  clock: Clock
  logger: Logger
}

/**
 * express-session writes the session when the response ends, after the page has started to go out,
 * and hands a failure of that write to `next`; with the headers sent, Express can then only cut the
 * connection. On an error page (usually the database being unavailable, which fails both) the page
 * matters more than the session write: the failure is logged and the page arrives whole. After a
 * success the failure still cuts the response, so a change whose session was not kept never shows
 * as done.
 */
function finishingErrorPages(storeSession: RequestHandler, logger: Logger): RequestHandler {
  return (req, res, next) => {
    void storeSession(req, res, (error?: unknown) => {
      if (error !== undefined && res.headersSent && res.statusCode >= 400) {
        logger.error({ err: error, method: req.method, path: req.path }, 'session not stored after an error page')
        return
      }
      next(error)
    })
  }
}

export function createSessionMiddleware(
  audience: Audience,
  { config, db, clock, logger }: SessionDependencies,
): RequestHandler[] {
  const cookie = sessionCookies[audience]
  const storeSession = session({
    name: cookie.name,
    store: new DatabaseSessionStore(db, clock, config.sessionIdleMinutes * 60_000),
    secret: config.sessionSecret,
    // 24 random bytes, as express-session's own ids, from a pool rather than a system call per request.
    genid: () => randomBytesFromPool(24).toString('base64url'),
    resave: false,
    saveUninitialized: false,
    proxy: config.trustProxy,
    cookie: { httpOnly: true, sameSite: 'lax', secure: config.env === 'production', path: cookie.path },
  })
  const sessionHandler = finishingErrorPages(storeSession, logger)
  const absoluteMs = config.sessionAbsoluteHours * 60 * 60 * 1000

  /** Drops a session that belongs to another audience or has outlived the absolute time-out. */
  const enforceBoundaries: RequestHandler = (req, _res, next) => {
    const { audience: owner, startedAt } = req.session
    const tooOld = startedAt !== undefined && clock.now().getTime() - startedAt > absoluteMs
    if ((owner !== undefined && owner !== audience) || tooOld) {
      req.session.regenerate(next)
      return
    }
    next()
  }
  return [sessionHandler, enforceBoundaries]
}

/**
 * Gives the signed-in user a new session id (so a session id seen before sign-in is worthless),
 * keeping only the language choice.
 */
export function regenerateSession(req: Request, audience: Audience, clock: Clock): Promise<void> {
  const { lang } = req.session
  return new Promise((resolve, reject) => {
    req.session.regenerate(error => {
      if (error) {
        reject(error as Error)
        return
      }
      req.session.audience = audience
      req.session.startedAt = clock.now().getTime()
      if (lang) req.session.lang = lang
      resolve()
    })
  })
}

/** Ends the session on the server, so its cookie opens nothing afterwards. */
export function destroySession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => {
    req.session.destroy(error => (error ? reject(error as Error) : resolve()))
  })
}
