/*
 * Card checks made before a card goes to the bank, as GOV.UK Pay's card page makes them: the number's
 * Luhn check digit, its length for its brand, the security code's length, and an expiry date that has
 * not passed. Card numbers only pass through these functions; nothing here keeps them.
 */

export type CardBrand =
  'Visa' | 'Mastercard' | 'American Express' | 'Diners Club' | 'Discover' | 'Jcb' | 'Maestro' | 'Union Pay'

interface BrandRule {
  brand: CardBrand
  /** Numeric prefix ranges, inclusive, compared against as many leading digits as the bounds have. */
  ranges: Array<[number, number]>
  lengths: number[]
  securityCodeLength: number
}

const range = (from: number, to = from): [number, number] => [from, to]

/** Checked in order: the more specific prefixes come before the broad ones. */
const brandRules: BrandRule[] = [
  { brand: 'American Express', ranges: [range(34), range(37)], lengths: [15], securityCodeLength: 4 },
  {
    brand: 'Diners Club',
    ranges: [range(300, 305), range(36), range(38, 39)],
    lengths: [14, 15, 16, 17, 18, 19],
    securityCodeLength: 3,
  },
  { brand: 'Jcb', ranges: [range(3528, 3589)], lengths: [16, 17, 18, 19], securityCodeLength: 3 },
  {
    brand: 'Discover',
    ranges: [range(6011), range(644, 649), range(65), range(622126, 622925)],
    lengths: [16, 17, 18, 19],
    securityCodeLength: 3,
  },
  { brand: 'Union Pay', ranges: [range(62)], lengths: [16, 17, 18, 19], securityCodeLength: 3 },
  {
    brand: 'Maestro',
    ranges: [range(5018), range(5020), range(5038), range(5893), range(6304), range(6759), range(6761, 6763)],
    lengths: [12, 13, 14, 15, 16, 17, 18, 19],
    securityCodeLength: 3,
  },
  { brand: 'Mastercard', ranges: [range(51, 55), range(2221, 2720)], lengths: [16], securityCodeLength: 3 },
  { brand: 'Visa', ranges: [range(4)], lengths: [13, 16, 19], securityCodeLength: 3 },
]

/** The digits of a card number as typed, with the spaces and hyphens people put in removed. */
export function normaliseCardNumber(typed: string): string {
  return typed.replace(/[\s-]/g, '')
}

/** The Luhn (mod 10) check every payment card number carries in its last digit. */
export function passesLuhnCheck(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let sum = 0
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

function ruleFor(digits: string): BrandRule | undefined {
  return brandRules.find(rule =>
    rule.ranges.some(([from, to]) => {
      const width = String(from).length
      if (digits.length < width) return false
      const prefix = Number(digits.slice(0, width))
      return prefix >= from && prefix <= to
    }),
  )
}

export function cardBrandOf(digits: string): CardBrand | undefined {
  return ruleFor(digits)?.brand
}

export type CardNumberProblem = 'missing' | 'nonNumeric' | 'incorrectLength' | 'luhnInvalid' | 'notAccepted'

/** Checks a card number as typed; gives its digits and brand when it is fine. */
export function checkCardNumber(
  typed: string,
): { ok: true; digits: string; brand: CardBrand } | { ok: false; problem: CardNumberProblem } {
  const digits = normaliseCardNumber(typed)
  if (digits === '') return { ok: false, problem: 'missing' }
  if (!/^\d+$/.test(digits)) return { ok: false, problem: 'nonNumeric' }
  if (digits.length < 12 || digits.length > 19) return { ok: false, problem: 'incorrectLength' }
  if (!passesLuhnCheck(digits)) return { ok: false, problem: 'luhnInvalid' }
  const rule = ruleFor(digits)
  if (!rule) return { ok: false, problem: 'notAccepted' }
  if (!rule.lengths.includes(digits.length)) return { ok: false, problem: 'incorrectLength' }
  return { ok: true, digits, brand: rule.brand }
}

/** American Express has a 4-digit code on the front; every other brand a 3-digit code on the back. */
export function securityCodeLengthFor(brand: CardBrand | undefined): number {
  return brandRules.find(rule => rule.brand === brand)?.securityCodeLength ?? 3
}

export function isValidSecurityCode(typed: string, brand: CardBrand | undefined): boolean {
  const code = typed.trim()
  return /^\d+$/.test(code) && code.length === securityCodeLengthFor(brand)
}

export type ExpiryProblem = 'invalid' | 'inThePast'

/**
 * Reads an expiry month (1–12) and year (2 or 4 digits) and checks the card has not expired: a card
 * is good until the end of its expiry month, judged by UK calendar month `today` (YYYY-MM-DD).
 */
export function checkExpiry(
  month: string,
  year: string,
  today: string,
): { ok: true; expiry: string } | { ok: false; problem: ExpiryProblem } {
  const typedMonth = month.trim()
  const typedYear = year.trim()
  if (!/^\d{1,2}$/.test(typedMonth) || !/^(\d{2}|\d{4})$/.test(typedYear)) return { ok: false, problem: 'invalid' }
  const monthNumber = Number(typedMonth)
  if (monthNumber < 1 || monthNumber > 12) return { ok: false, problem: 'invalid' }
  const fullYear = typedYear.length === 2 ? 2000 + Number(typedYear) : Number(typedYear)
  if (fullYear < 2000 || fullYear > 2099) return { ok: false, problem: 'invalid' }
  const [thisYear, thisMonth] = today.split('-').map(Number) as [number, number]
  if (fullYear < thisYear || (fullYear === thisYear && monthNumber < thisMonth))
    return { ok: false, problem: 'inThePast' }
  return { ok: true, expiry: `${String(monthNumber).padStart(2, '0')}/${String(fullYear % 100).padStart(2, '0')}` }
}

/** Text that holds enough digits to be a card number, so must not be taken as a name or address. */
export function looksLikeCardNumber(text: string): boolean {
  return (text.match(/\d/g)?.length ?? 0) >= 11
}
