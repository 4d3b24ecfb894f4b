import type { RequestHandler } from 'express'

/** The client's home page after signing in. */
export function get(): RequestHandler {
  return (req, res) => {
    res.render('pages/client/home', { previousSignInAt: req.session.previousSignInAt ?? null })
  }
}
