import type { Response } from 'express'
import type { SandboxPayment } from '../../models/sandbox-payment.model.ts'
import { outcomeOf } from '../../services/payments/payment-rules.ts'
import type { FormErrors } from '../../services/validation/form-errors.ts'
import type { RedisplayedCardDetails } from '../../services/payments/sandbox/card-details-form.ts'

const emptyValues: RedisplayedCardDetails = {
  expiryMonth: '',
  expiryYear: '',
  cardholderName: '',
  addressLine1: '',
  addressLine2: '',
  addressCity: '',
  addressPostcode: '',
}

export function renderCardDetails(
  res: Response,
  values: RedisplayedCardDetails = emptyValues,
  errors?: FormErrors,
): void {
  res.status(errors ? 400 : 200).render('pages/payment-sandbox/card-details', { values, errors })
}

/**
 * Where a payment's state sends the browser: the card form while it is open, the confirm page once
 * the card is authorised, back to the service after success, otherwise a page saying how it ended.
 */
export function showPaymentState(res: Response, payment: SandboxPayment, urls: { confirm: string }): void {
  switch (payment.status) {
    case 'created':
    case 'started':
      renderCardDetails(res)
      return
    case 'submitted':
      res.redirect(303, urls.confirm)
      return
    case 'success':
      res.redirect(303, payment.returnUrl)
      return
    default:
      res.render('pages/payment-sandbox/outcome', { outcome: outcomeOf(payment) })
  }
}
