import { isRealDate } from '../rules/calendar.ts'
import type { FieldError } from './form-errors.ts'

/* Field checks shared by the staff tools' forms, with GOV.UK error wording. */

export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

export function staffIdError(staffId: string, field = 'staffId'): FieldError | undefined {
  if (staffId === '') return { field, key: 'Enter a staff ID' }
  if (!/^\d+$/.test(staffId)) return { field, key: 'Staff ID must only include numbers 0 to 9' }
  if (staffId.length > 9) return { field, key: 'Staff ID must be 9 numbers or fewer' }
  return undefined
}

export function requiredText(
  value: string,
  field: string,
  label: string,
  maxLength: number,
  missing = `Enter ${label}`,
): FieldError | undefined {
  if (value === '') return { field, key: missing }
  if (value.length > maxLength) {
    const name = label.replace(/^(the|a|an) /, '')
    return { field, key: `${name.charAt(0).toUpperCase()}${name.slice(1)} must be ${maxLength} characters or fewer` }
  }
  return undefined
}

export type MoneyCheck = { pence: number; error?: undefined } | { pence?: undefined; error: FieldError }

/** "£1,234.56", "12.5" or "40" in pounds, as whole pence, more than zero and at most £1,000,000. */
export function parseMoney(value: string, field: string, label: string): MoneyCheck {
  const cleaned = value.replace(/[£,\s]/g, '')
  if (cleaned === '') return { error: { field, key: `Enter the ${label}` } }
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(cleaned)
  if (!match) return { error: { field, key: `Enter the ${label} in pounds and pence, like 25.50` } }
  const pence = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'))
  const capital = `${label.charAt(0).toUpperCase()}${label.slice(1)}`
  if (pence <= 0) return { error: { field, key: `${capital} must be more than £0` } }
  if (pence > 100_000_000) return { error: { field, key: `${capital} must be £1,000,000 or less` } }
  return { pence }
}

export type DateCheck = { date: string; error?: undefined } | { date?: undefined; error: FieldError }

/**
 * A GOV.UK date input (`<prefix>-day`, `-month`, `-year`) as YYYY-MM-DD. With `today`, the date
 * must not be after it.
 */
export function parseDateFields(
  body: Record<string, unknown>,
  prefix: string,
  label: string,
  today?: string,
): DateCheck {
  const parts = {
    day: text(body[`${prefix}-day`]),
    month: text(body[`${prefix}-month`]),
    year: text(body[`${prefix}-year`]),
  }
  const capital = `${label.charAt(0).toUpperCase()}${label.slice(1)}`
  const missing = (['day', 'month', 'year'] as const).filter(part => parts[part] === '')
  if (missing.length === 3) return { error: { field: prefix, key: `Enter the ${label}`, href: `${prefix}-day` } }
  if (missing.length > 0) {
    return {
      error: {
        field: prefix,
        key: `${capital} must include a ${missing.join(' and ')}`,
        href: `${prefix}-${missing[0]}`,
      },
    }
  }
  const numeric = [parts.day, parts.month, parts.year].every(part => /^\d+$/.test(part))
  if (numeric && parts.year.length !== 4) {
    return { error: { field: prefix, key: 'Year must include 4 numbers', href: `${prefix}-year` } }
  }
  const [day, month, year] = [parts.day, parts.month, parts.year].map(Number) as [number, number, number]
  if (!numeric || !isRealDate(year, month, day)) {
    return { error: { field: prefix, key: `${capital} must be a real date`, href: `${prefix}-day` } }
  }
  const date = `${parts.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  if (today !== undefined && date > today) {
    return { error: { field: prefix, key: `${capital} must be today or in the past`, href: `${prefix}-day` } }
  }
  return { date }
}

/** The three parts of a date field as typed, for re-rendering a form. */
export function dateParts(body: Record<string, unknown>, prefix: string): { day: string; month: string; year: string } {
  return { day: text(body[`${prefix}-day`]), month: text(body[`${prefix}-month`]), year: text(body[`${prefix}-year`]) }
}
