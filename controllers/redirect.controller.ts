import type { RequestHandler } from 'express'

/** A page that only sends the browser on to another page. */
export function redirectTo(url: string): RequestHandler {
  return (_req, res) => res.redirect(url)
}
