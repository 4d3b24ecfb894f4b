import type { RequestHandler } from 'express'

/** "Stay signed in": reaching a signed-in route is enough to move the session's idle deadline on. */
export function get(): RequestHandler {
  return (_req, res) => {
    res.status(204).end()
  }
}
