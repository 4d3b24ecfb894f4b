import type { FieldError } from '../form-errors.ts'
import { dateParts, parseDateFields, text } from '../staff-fields.ts'

/** Receipts and payments report: a date range (from on or before to) and, optionally, one case. */
export function validateDateRange(query: Record<string, unknown>) {
  const from = parseDateFields(query, 'from', 'start date')
  const to = parseDateFields(query, 'to', 'end date')
  const caseReference = text(query.caseReference).toUpperCase()
  const errors = [from.error, to.error].filter((error): error is FieldError => error !== undefined)
  if (errors.length === 0 && from.date! > to.date!) {
    errors.push({ field: 'to', key: 'End date must be the same as or after the start date', href: 'to-day' })
  }
  const values = { from: dateParts(query, 'from'), to: dateParts(query, 'to'), caseReference }
  return { values, errors, range: errors.length === 0 ? { from: from.date!, to: to.date! } : undefined }
}

/** Money held report: a whole number of days, 0 to 3650. */
export function validateDays(query: Record<string, unknown>) {
  const days = text(query.days)
  let error: FieldError | undefined
  if (days === '') error = { field: 'days', key: 'Enter a number of days' }
  else if (!/^\d+$/.test(days)) error = { field: 'days', key: 'Number of days must be a whole number, like 28' }
  else if (Number(days) > 3650) error = { field: 'days', key: 'Number of days must be 3650 or fewer' }
  return { values: { days }, errors: error ? [error] : [], days: error ? undefined : Number(days) }
}
