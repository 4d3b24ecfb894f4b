import type { RequestHandler, Response } from 'express'
import type { ClientCases } from '../../models/client-cases.model.ts'
import type { ClientSummary } from '../../models/client.model.ts'
import type { ClientUrls } from '../../routes/paths.ts'
import { payableCases } from '../../services/account/payable-cases.ts'
import type { CardPayments } from '../../services/payments/card-payments.ts'
import { checkCardPayment } from '../../services/validation/card-payment.ts'
import { isTicked, textField } from '../../services/validation/fields.ts'
import { emptyFormErrors, formatErrors, type FormErrors } from '../../services/validation/form-errors.ts'

const view = 'pages/client/make-a-payment'

interface FormValues {
  caseId: string
  amount: string
  myReference: string
  acceptTerms: boolean
}

async function render(res: Response, cases: ClientCases, values: FormValues, errors: FormErrors): Promise<void> {
  const client = res.locals.client as ClientSummary
  const payable = payableCases(await cases.casesFor(client.id))
  res.status(errors.errorSummary.length > 0 ? 400 : 200).render(view, { cases: payable, values, errors })
}

/** "Make a payment": the amount, the case when there are several, "My reference" and the terms of use. */
export function get(cases: ClientCases): RequestHandler {
  return (_req, res) =>
    render(res, cases, { caseId: '', amount: '', myReference: '', acceptTerms: false }, emptyFormErrors())
}

/**
 * Creates the payment with the provider and sends the client to its card details page. The payment
 * id is kept in the session, where the return page looks for it.
 */
export function post(cases: ClientCases, cardPayments: CardPayments): RequestHandler {
  return async (req, res) => {
    const client = res.locals.client as ClientSummary
    const body = req.body as Record<string, unknown>
    const values: FormValues = {
      caseId: textField(body, 'caseId'),
      amount: textField(body, 'amount'),
      myReference: textField(body, 'myReference'),
      acceptTerms: isTicked(body, 'acceptTerms', 'yes'),
    }
    const payable = payableCases(await cases.casesFor(client.id))
    if (payable.length === 0) {
      res.status(403).render(view, { cases: payable, values, errors: emptyFormErrors() })
      return
    }
    const checked = checkCardPayment(
      values,
      payable.map(item => item.id),
    )
    if (!checked.choice) {
      await render(res, cases, values, formatErrors(checked.errors, req.t))
      return
    }
    const chosen = payable.find(item => item.id === checked.choice.caseId)!
    const payment = await cardPayments.start({
      amountPence: checked.choice.amountPence,
      reference: chosen.caseNumber,
      description: req.t('cardPayment:providerDescription', { caseNumber: chosen.caseNumber }),
      returnUrl: (res.locals.urls as ClientUrls).makeAPaymentReturn,
      language: req.language,
    })
    req.session.cardPayment = {
      paymentId: payment.paymentId,
      caseId: chosen.id,
      myReference: checked.choice.myReference,
    }
    res.redirect(303, payment.nextUrl)
  }
}
