import type { RequestHandler } from 'express'
import type { ClientSummary } from '../../models/client.model.ts'
import type { MyCases } from '../../services/account/my-cases.ts'
import { caseIdFromPath } from './case-from-path.ts'

/** "My cases": each case's details, with the other parent's first name only. */
export function get(myCases: MyCases): RequestHandler {
  return async (_req, res) => {
    const client = res.locals.client as ClientSummary
    res.render('pages/client/my-cases', { cases: await myCases.detailsFor(client.id) })
  }
}

/** "See my maintenance calculation" (the one in force) or "View calculation history" (all of them). */
export function getCalculation(myCases: MyCases, view: 'calculation' | 'calculation-history'): RequestHandler {
  return async (req, res, next) => {
    const client = res.locals.client as ClientSummary
    const caseId = caseIdFromPath(req)
    const calculations = caseId === undefined ? undefined : await myCases.calculationsFor(client.id, caseId)
    if (!calculations) {
      next()
      return
    }
    res.render(`pages/client/${view}`, { calculations })
  }
}

/** "My Annual Reviews": the reviews on each case and when the next one is due. */
export function getAnnualReviews(myCases: MyCases): RequestHandler {
  return async (_req, res) => {
    const client = res.locals.client as ClientSummary
    res.render('pages/client/annual-reviews', { cases: await myCases.annualReviewsFor(client.id) })
  }
}
