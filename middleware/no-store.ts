import type { RequestHandler } from 'express'

/** Pages are personal or carry a form token: never let a browser or proxy keep a copy. */
export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store')
  res.set('Pragma', 'no-cache')
  next()
}
