import type { RequestHandler } from 'express'

/** "Your account is locked": telephone the Child Maintenance Service to get back in. */
export function get(): RequestHandler {
  return (_req, res) => {
    res.render('pages/client/sign-in/self-service-locked')
  }
}
