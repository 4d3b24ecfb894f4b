import type { RequestHandler } from 'express'

/** My details: the hub for login and security settings, personal details and contact details. */
export function get(): RequestHandler {
  return (_req, res) => {
    res.render('pages/client/details/my-details')
  }
}
