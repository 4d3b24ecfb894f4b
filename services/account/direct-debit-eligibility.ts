import type { ClientCase } from '../../models/client-cases.model.ts'

/*
 * The seed's rule: a paying parent can set up a new Direct Debit only when they have no method of
 * payment, or every method they have is a Deduction from Earnings Order or request, or a Deduction
 * from Benefit. A paying parent who already pays by Direct Debit can amend it. Anyone else is told
 * why not.
 */

const REPLACEABLE_METHODS = new Set([
  'none',
  '',
  'deduction_from_earnings_order',
  'deduction_from_earnings_request',
  'deduction_from_benefit',
])

export type DirectDebitOption =
  { kind: 'set_up' } | { kind: 'amend' } | { kind: 'not_eligible'; methods: string[] } | { kind: 'not_paying' }

export function directDebitOption(cases: ClientCase[]): DirectDebitOption {
  const paying = cases.filter(item => item.role === 'paying_parent' && item.serviceType === 'collect_and_pay')
  if (paying.length === 0) return { kind: 'not_paying' }
  const methods = [...new Set(paying.map(item => item.methodOfPayment))]
  if (methods.includes('direct_debit')) return { kind: 'amend' }
  if (methods.every(method => REPLACEABLE_METHODS.has(method))) return { kind: 'set_up' }
  return { kind: 'not_eligible', methods: methods.filter(method => !REPLACEABLE_METHODS.has(method)) }
}

export type DirectPaymentOption = { kind: 'set_up' } | { kind: 'amend' } | { kind: 'not_receiving' }

/** A receiving parent on a Collect & Pay case is paid by direct payment into the account they give. */
export function directPaymentOption(cases: ClientCase[], hasActiveAccount: boolean): DirectPaymentOption {
  const receiving = cases.some(item => item.role === 'receiving_parent' && item.serviceType === 'collect_and_pay')
  if (!receiving) return { kind: 'not_receiving' }
  return hasActiveAccount ? { kind: 'amend' } : { kind: 'set_up' }
}
