import { paymentMethods, receiptMethods } from '../../receipts-tool/case-money.ts'
import type { FieldError } from '../form-errors.ts'
import { dateParts, parseDateFields, parseMoney, requiredText, text } from '../staff-fields.ts'

function methodError(method: string, allowed: readonly string[], missing: string): FieldError | undefined {
  return allowed.includes(method) ? undefined : { field: 'method', key: missing, href: `method` }
}

function optionalText(value: string, field: string, name: string, maxLength: number): FieldError | undefined {
  return value.length > maxLength ? { field, key: `${name} must be ${maxLength} characters or fewer` } : undefined
}

function compact(errors: Array<FieldError | undefined>): FieldError[] {
  return errors.filter((error): error is FieldError => error !== undefined)
}

/** Record a receipt: no future dates, more than £0, one of the methods, who paid. */
export function validateReceipt(body: Record<string, unknown>, today: string) {
  const date = parseDateFields(body, 'dateReceived', 'date received', today)
  const amount = parseMoney(text(body.amount), 'amount', 'amount')
  const values = {
    dateReceived: dateParts(body, 'dateReceived'),
    amount: text(body.amount),
    method: text(body.method),
    payer: text(body.payer),
    reference: text(body.reference),
  }
  const errors = compact([
    date.error,
    amount.error,
    methodError(values.method, receiptMethods, 'Select how the money was received'),
    requiredText(values.payer, 'payer', 'the name of who paid', 100),
    optionalText(values.reference, 'reference', 'Reference', 40),
  ])
  const receipt =
    errors.length === 0
      ? {
          date: date.date!,
          amountPence: amount.pence!,
          method: values.method,
          payer: values.payer,
          reference: values.reference,
        }
      : undefined
  return { values, errors, receipt }
}

/** Record a payment to the receiving parent; an override needs a reason (and is offered to administrators only). */
export function validatePayment(body: Record<string, unknown>, today: string, mayOverride: boolean) {
  const date = parseDateFields(body, 'datePaid', 'date paid', today)
  const amount = parseMoney(text(body.amount), 'amount', 'amount')
  const values = {
    datePaid: dateParts(body, 'datePaid'),
    amount: text(body.amount),
    method: text(body.method),
    payeeAccountReference: text(body.payeeAccountReference),
    override: mayOverride && body.override === 'yes',
    overrideReason: text(body.overrideReason),
  }
  const errors = compact([
    date.error,
    amount.error,
    methodError(values.method, paymentMethods, 'Select how the money was paid'),
    requiredText(values.payeeAccountReference, 'payeeAccountReference', 'the payee account reference', 40),
    values.override
      ? requiredText(values.overrideReason, 'overrideReason', 'the reason for paying more than the balance held', 500)
      : undefined,
  ])
  const payment =
    errors.length === 0
      ? {
          date: date.date!,
          amountPence: amount.pence!,
          method: values.method,
          payeeAccountReference: values.payeeAccountReference,
          overrideReason: values.override ? values.overrideReason : undefined,
        }
      : undefined
  return { values, errors, payment }
}

export function validateReversal(body: Record<string, unknown>) {
  const reason = text(body.reason)
  const error = requiredText(reason, 'reason', 'the reason for the reversal', 500)
  return { values: { reason }, errors: compact([error]) }
}
