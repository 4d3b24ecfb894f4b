import { parsePhoneNumber } from 'awesome-phonenumber'

/*
 * Telephone numbers as GOV.UK asks for them: UK numbers in any usual layout (spaces, brackets,
 * dashes, +44 or 0) and international numbers starting with + and the country code. What the
 * client typed is kept, only tidied (spaces collapsed); the E.164 form is worked out when a number
 * is used, for a text message.
 */

export type PhoneNumberProblem = 'format' | 'notMobile'

export interface CheckedPhoneNumber {
  /** As typed, trimmed, with runs of spaces made one. */
  stored: string
  /** +447700900982 */
  e164: string
  mobile: boolean
}

/**
 * Ofcom's ranges for drama and examples (07700 900xxx, 01632 960xxx, 020 7946 0xxx, 028 9018 0xxx…):
 * real-looking numbers that are never given to anyone, used in our examples and tests. The phone
 * number library treats them as unassigned, so they are accepted here by name.
 */
const dramaRanges: Array<{ prefix: string; mobile: boolean }> = [
  { prefix: '+447700900', mobile: true },
  { prefix: '+441632960', mobile: false },
  { prefix: '+442079460', mobile: false },
  { prefix: '+441134960', mobile: false },
  { prefix: '+441214960', mobile: false },
  { prefix: '+442890180', mobile: false },
  { prefix: '+442920180', mobile: false },
]

const allowedCharacters = /^\+?[\d\s().-]+$/

function tidy(value: string): string {
  return value.trim().replace(/\s+/g, ' ')
}

/** A number the client typed, checked; a problem when it is not a telephone number (or not a mobile one when asked). */
export function checkPhoneNumber(
  value: string,
  options: { mustBeMobile?: boolean } = {},
): { number: CheckedPhoneNumber } | { problem: PhoneNumberProblem } {
  const stored = tidy(value)
  if (!allowedCharacters.test(stored) || stored.replace(/\D/g, '').length < 7) return { problem: 'format' }
  const parsed = parsePhoneNumber(stored.replace(/[\s().-]/g, ''), { regionCode: 'GB' })
  const e164 = parsed.number?.e164
  if (!e164) return { problem: 'format' }
  const drama = dramaRanges.find(range => e164.startsWith(range.prefix) && e164.length === 13)
  if (!parsed.valid && !drama) return { problem: 'format' }
  const mobile = drama ? drama.mobile : parsed.type === 'mobile' || parsed.type === 'fixed-line-or-mobile'
  if (options.mustBeMobile && !mobile) return { problem: 'notMobile' }
  return { number: { stored, e164, mobile } }
}
