import type { RequestHandler } from 'express'
import type { Database } from '../models/db.ts'

/** For load balancers: 200 when this process can reach the database, 503 when it cannot. */
export function get(db: Database): RequestHandler {
  return async (_req, res) => {
    res.set('Cache-Control', 'no-store')
    try {
      await db.raw('select 1')
      res.json({ status: 'ok' })
    } catch {
      res.status(503).json({ status: 'unavailable' })
    }
  }
}
