import type { Request, RequestHandler } from 'express'
import { rateLimit, type RateLimitInfo } from 'express-rate-limit'
import type { Database } from '../models/db.ts'
import { DatabaseRateLimitStore } from '../models/rate-limit.model.ts'
import type { Clock } from '../services/clock.ts'

export const RATE_LIMIT_WINDOW_MS = 15 * 60_000

/** An error the error handler shows as "you have tried too many times". */
export class TooManyRequestsError extends Error {
  readonly status = 429
}

/** Called once per address and window, on the first request refused, to record it. */
export type OnLimited = (req: Request) => Promise<void>

/**
 * Limits unsafe requests (form posts) to one kind of endpoint per client IP address, counted in the
 * database so the limit holds across app processes. Per-account limits are the lock-outs themselves.
 */
export function limitPostsPerIp(
  name: string,
  limit: number,
  { db, clock }: { db: Database; clock: Clock },
  onLimited?: OnLimited,
): RequestHandler {
  return rateLimit({
    windowMs: RATE_LIMIT_WINDOW_MS,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: req => req.method === 'GET' || req.method === 'HEAD',
    store: new DatabaseRateLimitStore(db, clock, RATE_LIMIT_WINDOW_MS, `${name}:`),
    handler: (req, _res, next) => {
      const refusal = new TooManyRequestsError(`Too many ${name} attempts`)
      const { used } = (req as Request & { rateLimit: RateLimitInfo }).rateLimit
      if (!onLimited || used !== limit + 1) {
        next(refusal)
        return
      }
      onLimited(req).then(() => next(refusal), next)
    },
  })
}
