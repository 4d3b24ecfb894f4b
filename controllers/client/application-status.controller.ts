import type { RequestHandler } from 'express'
import type { ApplicationProgress } from '../../services/applications/application-progress.ts'
import { progressOf } from '../../services/applications/application-stages.ts'

/** Where the signed-in client's application for child maintenance is up to; none is not found. */
export function get(applications: Pick<ApplicationProgress, 'forClient'>): RequestHandler {
  return async (req, res, next) => {
    const application = await applications.forClient(req.session.clientId!)
    if (!application) {
      next()
      return
    }
    res.render('pages/client/application-status', { application, stages: progressOf(application) })
  }
}
