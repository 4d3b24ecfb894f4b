import type { RequestHandler } from 'express'
import type { ApplicationProgress } from '../services/applications/application-progress.ts'

/** For the home page: the signed-in client's application still being set up, if they have one. */
export function exposeApplicationStatus(applications: Pick<ApplicationProgress, 'forClient'>): RequestHandler {
  return async (req, res, next) => {
    const application = await applications.forClient(req.session.clientId!)
    if (application && application.stage !== 'case_set_up') res.locals.application = application
    next()
  }
}
