import { MAX_PAYMENT_PENCE } from './payment-rules.ts'

export type AmountProblem = 'missing' | 'format' | 'tooSmall' | 'tooLarge'

export type ParsedAmount = { ok: true; pence: number } | { ok: false; problem: AmountProblem }

/**
 * Reads an amount typed in pounds ("50", "50.5", "£1,234.56", " 12.00 ") as whole pence, without
 * floating-point arithmetic. More than two decimal places, signs and other characters are refused.
 */
export function parsePoundsToPence(input: string | undefined, maxPence = MAX_PAYMENT_PENCE): ParsedAmount {
  const typed = (input ?? '').trim().replace(/^£\s*/, '')
  if (typed === '') return { ok: false, problem: 'missing' }
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d{1,2}))?$/.exec(typed)
  if (!match || (match[1] === undefined && match[2] === undefined)) return { ok: false, problem: 'format' }
  const pounds = Number((match[1] ?? '0').replaceAll(',', ''))
  const pence = Number((match[2] ?? '0').padEnd(2, '0'))
  if (!Number.isSafeInteger(pounds) || pounds > maxPence) return { ok: false, problem: 'tooLarge' }
  const total = pounds * 100 + pence
  if (total <= 0) return { ok: false, problem: 'tooSmall' }
  if (total > maxPence) return { ok: false, problem: 'tooLarge' }
  return { ok: true, pence: total }
}
