import type { RequestHandler } from 'express'
import type { HomeNotices } from '../models/home-notices.model.ts'

/**
 * For the home page, after requireSignedInClient: "You have N new messages" (letters the client has
 * not opened; their own sent messages are not news to them, and emails and calls reach them outside
 * the site), shown by views/partials/_new-messages.njk, and their application while it is still being
 * set up.
 */
export function exposeHomeNotices(notices: Pick<HomeNotices, 'forClient'>): RequestHandler {
  return async (req, res, next) => {
    const { newMessageCount, application } = await notices.forClient(req.session.clientId!)
    res.locals.newMessageCount = newMessageCount
    if (application && application.stage !== 'case_set_up') res.locals.application = application
    next()
  }
}
