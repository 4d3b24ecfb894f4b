import { parseDateInput } from './date-input.ts'
import { textField } from './fields.ts'
import type { FieldError } from './form-errors.ts'

/**
 * A GOV.UK date input on a staff page (fields <name>-day, -month, -year), with the Design System's
 * messages in English: "<Label> must include a month", "<Label> must be a real date". An optional
 * date left wholly empty is no date and no error.
 */
export function readStaffDate(
  body: Record<string, unknown>,
  name: string,
  label: string,
  options: { optional?: boolean } = {},
): { value?: string; error?: FieldError } {
  const input = {
    day: textField(body, `${name}-day`),
    month: textField(body, `${name}-month`),
    year: textField(body, `${name}-year`),
  }
  if (options.optional && input.day === '' && input.month === '' && input.year === '') return {}
  const parsed = parseDateInput(name, input, 'staff')
  if (!parsed.error) return { value: parsed.value }
  const kind = parsed.error.key.replace(/^staff\./, '')
  const messages: Record<string, string> = {
    missing: `Enter the ${label.toLowerCase()}`,
    real: `${label} must be a real date`,
    yearFourDigits: 'Year must include 4 numbers',
  }
  const missingParts = kind.startsWith('missing_') ? kind.replace('missing_', '').split('_').join(' and a ') : ''
  return {
    error: { ...parsed.error, key: messages[kind] ?? `${label} must include a ${missingParts}` },
  }
}
