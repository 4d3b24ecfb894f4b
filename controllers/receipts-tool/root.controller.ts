import type { RequestHandler } from 'express'

/** The tool's bare address: the main menu once signed in, the sign-in page before. */
export function get(urls: { menu: string; signIn: string }): RequestHandler {
  return (req, res) => {
    res.redirect(req.session.staff ? urls.menu : urls.signIn)
  }
}
