import type { RequestHandler } from 'express'
import type { ClientSummary } from '../../models/client.model.ts'
import type { HomeSummaries } from '../../services/account/home-summary.ts'

/** The client's home page after signing in: what matters for each role they hold. */
export function get(homeSummaries: HomeSummaries): RequestHandler {
  return async (req, res) => {
    const client = res.locals.client as ClientSummary
    res.render('pages/client/home', {
      previousSignInAt: req.session.previousSignInAt ?? null,
      summary: await homeSummaries.forClient(client.id),
    })
  }
}
