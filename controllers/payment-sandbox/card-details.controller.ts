import type { RequestHandler } from 'express'
import { sandboxPaymentOf, sandboxUrlsOf } from '../../middleware/sandbox-payment.ts'
import type { Clock } from '../../services/clock.ts'
import { ukCalendarDate } from '../../services/format/dates.ts'
import { checkCardDetails, readCardDetails, redisplayable } from '../../services/payments/sandbox/card-details-form.ts'
import type { SandboxCheckout } from '../../services/payments/sandbox/sandbox-checkout.ts'
import { formatErrors } from '../../services/validation/form-errors.ts'
import { renderCardDetails, showPaymentState } from './render.ts'

/** The card details page, or wherever the payment's state says the browser should be. */
export function get(): RequestHandler {
  return (_req, res) => {
    showPaymentState(res, sandboxPaymentOf(res), sandboxUrlsOf(res))
  }
}

/** Checks the card details, then lets the pretend bank decide: confirm page, declined or error. */
export function post(checkout: SandboxCheckout, clock: Clock): RequestHandler {
  return async (req, res) => {
    const payment = sandboxPaymentOf(res)
    const urls = sandboxUrlsOf(res)
    if (payment.status !== 'started') {
      res.redirect(303, urls.cardDetails)
      return
    }
    const input = readCardDetails(req.body)
    const { card, errors } = checkCardDetails(input, ukCalendarDate(clock.now()))
    if (!card) {
      renderCardDetails(res, redisplayable(input), formatErrors(errors, req.t))
      return
    }
    await checkout.submitCard(payment.paymentId, card)
    res.redirect(303, urls.cardDetails)
  }
}
