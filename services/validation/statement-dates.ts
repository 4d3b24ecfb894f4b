import { MAX_FILTER_MONTHS, earliestStatementDate, type Period } from '../account/statement-periods.ts'
import { addMonths } from '../rules/calendar.ts'
import { parseDateInput } from './date-input.ts'
import type { FieldError } from './form-errors.ts'

export type StatementDatesInput = Record<`${'from' | 'to'}-${'day' | 'month' | 'year'}`, string>

export type StatementDatesCheck = { period: Period; errors: [] } | { period?: undefined; errors: FieldError[] }

function datesOf(input: StatementDatesInput, name: 'from' | 'to') {
  return { day: input[`${name}-day`], month: input[`${name}-month`], year: input[`${name}-year`] }
}

/**
 * The "View my statements" dates: two real dates, from before to, no further apart than 12 months,
 * none in the future, and from no more than five years ago.
 */
export function checkStatementDates(input: StatementDatesInput, today: string): StatementDatesCheck {
  const from = parseDateInput('from', datesOf(input, 'from'), 'statements:errors.from')
  const to = parseDateInput('to', datesOf(input, 'to'), 'statements:errors.to')
  const errors: FieldError[] = []
  if (from.error) errors.push(from.error)
  if (to.error) errors.push(to.error)
  if (from.value && from.value < earliestStatementDate(today)) {
    errors.push({ field: 'from', key: 'statements:errors.from.tooOld', href: 'from-day' })
  }
  if (to.value && to.value > today) errors.push({ field: 'to', key: 'statements:errors.to.future', href: 'to-day' })
  if (errors.length === 0 && from.value && to.value) {
    if (from.value > to.value) {
      errors.push({ field: 'from', key: 'statements:errors.reversed', href: 'from-day' })
    } else if (to.value > addMonths(from.value, MAX_FILTER_MONTHS)) {
      errors.push({
        field: 'to',
        key: 'statements:errors.tooLong',
        href: 'to-day',
        values: { months: MAX_FILTER_MONTHS },
      })
    }
  }
  if (errors.length > 0 || !from.value || !to.value) return { errors }
  return { period: { from: from.value, to: to.value }, errors: [] }
}
