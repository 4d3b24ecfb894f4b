import type { RequestHandler } from 'express'
import type { ClientCases } from '../../models/client-cases.model.ts'
import type { ClientSummary } from '../../models/client.model.ts'
import { payableCases } from '../../services/account/payable-cases.ts'

/** "My payments": make a payment, the payment plan and statements. */
export function get(cases: ClientCases): RequestHandler {
  return async (_req, res) => {
    const client = res.locals.client as ClientSummary
    const all = await cases.casesFor(client.id)
    res.render('pages/client/my-payments', {
      canPay: payableCases(all).length > 0,
      hasCollectAndPay: all.some(item => item.serviceType === 'collect_and_pay'),
      receives: all.some(item => item.role === 'receiving_parent' && item.serviceType === 'collect_and_pay'),
    })
  }
}
