import { isRealDate } from '../rules/calendar.ts'
import type { FieldError } from './form-errors.ts'

export interface DateInputValues {
  day: string
  month: string
  year: string
}

export interface DateInputResult {
  value?: string
  error?: FieldError
}

const parts = ['day', 'month', 'year'] as const

/**
 * Reads a GOV.UK date input (fields <name>-day, <name>-month, <name>-year) and checks it with the
 * Design System's messages: "Enter …", "… must include a month", "… must be a real date", "… must be
 * in the past". Message keys live under `<keyPrefix>.` in the caller's namespace.
 */
export function parseDateInput(
  name: string,
  input: DateInputValues,
  keyPrefix: string,
  options: { mustBePast?: Date } = {},
): DateInputResult {
  const values = { day: input.day.trim(), month: input.month.trim(), year: input.year.trim() }
  const missing = parts.filter(part => values[part] === '')
  const error = (key: string, inError: readonly string[]): DateInputResult => ({
    error: { field: name, key: `${keyPrefix}.${key}`, href: `${name}-${inError[0]}`, parts: [...inError] },
  })
  if (missing.length === 3) return error('missing', parts)
  if (missing.length > 0) return error(`missing_${missing.join('_')}`, missing)
  const notNumbers = parts.filter(part => !/^\d+$/.test(values[part]))
  if (notNumbers.length > 0) return error('real', notNumbers)
  if (values.year.length !== 4) return error('yearFourDigits', ['year'])
  const [day, month, year] = [Number(values.day), Number(values.month), Number(values.year)]
  if (month < 1 || month > 12) return error('real', ['month'])
  if (!isRealDate(year, month, day)) return error('real', ['day'])
  const value = `${values.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  if (options.mustBePast && value >= options.mustBePast.toISOString().slice(0, 10)) return error('past', parts)
  return { value }
}
