import type { RequestHandler } from 'express'
import type { CaseworkerClientViewModel, CaseForCaseworker } from '../../models/caseworker-client-view.model.ts'
import type { ClientModel } from '../../models/client.model.ts'
import { caseworkerPaths, pathTo } from '../../routes/paths.ts'
import { parsePoundsToPence } from '../../services/payments/amount.ts'
import type { CardPayments } from '../../services/payments/card-payments.ts'
import { textField } from '../../services/validation/fields.ts'
import type { FieldError } from '../../services/validation/form-errors.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'
import { clientFromPath } from './client-record.ts'

const formView = 'pages/caseworker/telephone-payment'

const amountMessages = {
  missing: 'Enter the amount to pay',
  format: 'Amount must be in pounds and pence, like 25 or 25.50',
  tooSmall: 'Amount must be more than £0',
  tooLarge: 'Amount must be £100,000 or less',
}

/** The cases a payment can be taken for: Collect & Pay cases where the client is the paying parent. */
async function payableCases(caseView: CaseworkerClientViewModel, client: ClientRow): Promise<CaseForCaseworker[]> {
  return (await caseView.casesFor(client.id)).filter(
    item => item.role === 'paying_parent' && item.serviceType === 'collect_and_pay',
  )
}

export function get(clients: ClientModel, caseView: CaseworkerClientViewModel): RequestHandler {
  return async (req, res) => {
    const client = await clientFromPath(req, res, clients)
    if (!client) return
    res.render(formView, {
      client,
      cases: await payableCases(caseView, client),
      values: {},
      errors: staffFormErrors([]),
    })
  }
}

function returnUrlFor(clientId: number): string {
  return pathTo(caseworkerPaths.telephonePaymentReturn, { clientId })
}

/**
 * Starts a payment with the same provider as the client's own card payments; the caseworker keys
 * the card details into the provider's page, so nothing of the card reaches this service.
 */
export function post(
  clients: ClientModel,
  caseView: CaseworkerClientViewModel,
  cardPayments: CardPayments,
): RequestHandler {
  return async (req, res) => {
    const client = await clientFromPath(req, res, clients)
    if (!client) return
    const cases = await payableCases(caseView, client)
    const body = req.body as Record<string, unknown>
    const values = { caseId: textField(body, 'caseId'), amount: textField(body, 'amount') }
    const errors: FieldError[] = []
    const chosen = cases.find(item => String(item.id) === values.caseId)
    if (!chosen) errors.push({ field: 'caseId', key: 'Select the case the payment is for' })
    const amount = parsePoundsToPence(values.amount)
    if (!amount.ok) errors.push({ field: 'amount', key: amountMessages[amount.problem] })
    if (!chosen || !amount.ok) {
      res.status(400).render(formView, { client, cases, values, errors: staffFormErrors(errors) })
      return
    }
    const payment = await cardPayments.start({
      amountPence: amount.pence,
      reference: chosen.caseNumber,
      description: `Child maintenance payment taken by telephone for case ${chosen.caseNumber}`,
      returnUrl: returnUrlFor(client.id),
      language: 'en',
    })
    req.session.telephonePayment = { paymentId: payment.paymentId, clientId: client.id, caseId: chosen.id }
    res.redirect(303, payment.nextUrl)
  }
}

/** Back from the provider: the payment kept in the staff session is looked up, never one from the URL. */
export function getReturn(clients: ClientModel, cardPayments: CardPayments): RequestHandler {
  return async (req, res) => {
    const client = await clientFromPath(req, res, clients)
    if (!client) return
    const pending = req.session.telephonePayment
    if (pending?.clientId !== client.id) {
      res.redirect(pathTo(caseworkerPaths.client, { clientId: client.id }))
      return
    }
    const result = await cardPayments.finish({
      clientId: client.id,
      caseId: pending.caseId,
      paymentId: pending.paymentId,
      reference: null,
      takenByStaffId: req.session.staff!.staffId,
    })
    if (result.outcome !== 'in_progress') delete req.session.telephonePayment
    res.render('pages/caseworker/telephone-payment-result', {
      client,
      outcome: result.outcome,
      payment: result.payment,
    })
  }
}
