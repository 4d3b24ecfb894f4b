import type { RequestHandler } from 'express'
import { sandboxPaymentOf, sandboxUrlsOf } from '../../middleware/sandbox-payment.ts'
import type { SandboxCheckout } from '../../services/payments/sandbox/sandbox-checkout.ts'

/** "Cancel payment": ends an unfinished payment; the page then says it was cancelled. */
export function post(checkout: SandboxCheckout): RequestHandler {
  return async (_req, res) => {
    await checkout.cancel(sandboxPaymentOf(res).paymentId)
    res.redirect(303, sandboxUrlsOf(res).cardDetails)
  }
}
