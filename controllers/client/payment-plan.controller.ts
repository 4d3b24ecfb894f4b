import type { RequestHandler } from 'express'
import type { ClientSummary } from '../../models/client.model.ts'
import type { ClientUrls } from '../../routes/paths.ts'
import { paginationLinks, type PaginationLinks } from '../../services/account/pagination.ts'
import type { Translate } from '../../services/i18n.ts'
import type { PaymentPlans } from '../../services/account/payment-plan.ts'
import { caseIdFromQuery } from './case-from-path.ts'

function planQuery(caseId: number, page?: number): string {
  return `?case=${caseId}${page ? `&page=${page}` : ''}`
}

/** govukPagination's parameters in the page's language. */
function paginationFor(links: PaginationLinks | null, t: Translate) {
  if (!links) return null
  return {
    items: links.items,
    landmarkLabel: t('myPayments:pagination.label'),
    ...(links.previous ? { previous: { ...links.previous, text: t('myPayments:pagination.previous') } } : {}),
    ...(links.next ? { next: { ...links.next, text: t('myPayments:pagination.next') } } : {}),
  }
}

/** "My payment plan", a page of the plan at a time; another client's case is not found. */
export function get(plans: PaymentPlans): RequestHandler {
  return async (req, res, next) => {
    const client = res.locals.client as ClientSummary
    const urls = res.locals.urls as ClientUrls
    const caseId = caseIdFromQuery(req)
    const plan = await plans.forCase(client.id, caseId, req.query.page ?? '1')
    if (!plan) {
      if (caseId === undefined) {
        res.render('pages/client/payment-plan', { plan: null })
        return
      }
      next()
      return
    }
    res.render('pages/client/payment-plan', {
      plan,
      pagination: paginationFor(
        paginationLinks(plan.window, page => `${urls.paymentPlan}${planQuery(plan.case.id, page)}`),
        req.t,
      ),
      caseQuery: planQuery(plan.case.id),
    })
  }
}

/** The whole plan on one page, laid out for printing; no JavaScript needed. */
export function getPrint(plans: PaymentPlans): RequestHandler {
  return async (req, res, next) => {
    const client = res.locals.client as ClientSummary
    const caseId = caseIdFromQuery(req)
    const plan = await plans.forCase(client.id, caseId, undefined)
    if (!plan) {
      next()
      return
    }
    res.render('pages/client/payment-plan-print', { plan, caseQuery: planQuery(plan.case.id) })
  }
}
