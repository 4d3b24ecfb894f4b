import { parsePoundsToPence } from '../payments/amount.ts'
import type { FieldError } from './form-errors.ts'

/** "My reference" (for a Subject Access Request or a liability order payment): optional and short. */
export const MY_REFERENCE_MAX_LENGTH = 30
const MY_REFERENCE_PATTERN = /^[A-Za-z0-9 /-]*$/

export interface CardPaymentInput {
  caseId: string
  amount: string
  myReference: string
  acceptTerms: boolean
}

export interface CardPaymentChoice {
  caseId: number
  amountPence: number
  myReference: string | null
}

export type CardPaymentCheck = { choice: CardPaymentChoice; errors: [] } | { choice?: undefined; errors: FieldError[] }

/**
 * Checks the "Make a payment" form against the cases the client may pay for. With one such case
 * there is nothing to choose; with several the client picks one of theirs.
 */
export function checkCardPayment(input: CardPaymentInput, payableCaseIds: number[]): CardPaymentCheck {
  const errors: FieldError[] = []
  const caseId =
    payableCaseIds.length === 1 ? payableCaseIds[0] : payableCaseIds.find(id => String(id) === input.caseId)
  if (caseId === undefined) errors.push({ field: 'caseId', key: 'cardPayment:errors.caseId' })
  const amount = parsePoundsToPence(input.amount)
  if (!amount.ok) errors.push({ field: 'amount', key: `cardPayment:errors.amount.${amount.problem}` })
  if (input.myReference.length > MY_REFERENCE_MAX_LENGTH) {
    errors.push({
      field: 'myReference',
      key: 'cardPayment:errors.myReference.tooLong',
      values: { max: MY_REFERENCE_MAX_LENGTH },
    })
  } else if (!MY_REFERENCE_PATTERN.test(input.myReference)) {
    errors.push({ field: 'myReference', key: 'cardPayment:errors.myReference.characters' })
  }
  if (!input.acceptTerms) errors.push({ field: 'acceptTerms', key: 'cardPayment:errors.acceptTerms' })
  if (errors.length > 0 || caseId === undefined || !amount.ok) return { errors }
  return { choice: { caseId, amountPence: amount.pence, myReference: input.myReference || null }, errors: [] }
}
