import type { RequestHandler } from 'express'
import { sandboxPaymentOf, sandboxUrlsOf } from '../../middleware/sandbox-payment.ts'
import type { SandboxCheckout } from '../../services/payments/sandbox/sandbox-checkout.ts'

/** "Confirm your payment": shown only while an authorised payment waits to be taken. */
export function get(): RequestHandler {
  return (_req, res) => {
    const payment = sandboxPaymentOf(res)
    if (payment.status !== 'submitted') {
      res.redirect(303, sandboxUrlsOf(res).cardDetails)
      return
    }
    res.render('pages/payment-sandbox/confirm')
  }
}

/** Takes the payment; the card details page then sends the user back to the service. */
export function post(checkout: SandboxCheckout): RequestHandler {
  return async (_req, res) => {
    await checkout.confirm(sandboxPaymentOf(res).paymentId)
    res.redirect(303, sandboxUrlsOf(res).cardDetails)
  }
}
