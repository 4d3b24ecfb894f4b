import type { RequestHandler } from 'express'
import type { ClientSummary } from '../../models/client.model.ts'
import type { ClientUrls } from '../../routes/paths.ts'
import type { CardPayments } from '../../services/payments/card-payments.ts'

/**
 * Back from the payment provider. The payment is the one kept in this client's session, never one
 * named in the URL; a success is recorded in the ledger once however often this page is loaded.
 */
export function get(cardPayments: CardPayments): RequestHandler {
  return async (req, res) => {
    const client = res.locals.client as ClientSummary
    const pending = req.session.cardPayment
    if (!pending) {
      res.redirect((res.locals.urls as ClientUrls).makeAPayment)
      return
    }
    const result = await cardPayments.finish({
      clientId: client.id,
      caseId: pending.caseId,
      paymentId: pending.paymentId,
      reference: pending.myReference,
    })
    res.render('pages/client/payment-result', {
      outcome: result.outcome,
      payment: result.payment,
      myReference: pending.myReference,
    })
  }
}
