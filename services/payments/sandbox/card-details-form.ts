import type { FieldError } from '../../validation/form-errors.ts'
import { checkCardNumber, checkExpiry, isValidSecurityCode, looksLikeCardNumber } from '../card-rules.ts'
import type { SubmittedCard } from './sandbox-checkout.ts'

export const cardDetailsFields = [
  'cardNumber',
  'expiryMonth',
  'expiryYear',
  'cardholderName',
  'securityCode',
  'addressLine1',
  'addressLine2',
  'addressCity',
  'addressPostcode',
] as const

export type CardDetailsInput = Record<(typeof cardDetailsFields)[number], string>

/** The fields a re-displayed form may show again: never the card number or security code. */
export type RedisplayedCardDetails = Omit<CardDetailsInput, 'cardNumber' | 'securityCode'>

const MAX_TEXT = 100
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i

export function readCardDetails(body: unknown): CardDetailsInput {
  const fields = (body ?? {}) as Record<string, unknown>
  return Object.fromEntries(
    cardDetailsFields.map(name => [name, typeof fields[name] === 'string' ? fields[name].slice(0, 200) : '']),
  ) as CardDetailsInput
}

export function redisplayable({
  cardNumber: _number,
  securityCode: _code,
  ...rest
}: CardDetailsInput): RedisplayedCardDetails {
  return rest
}

const key = (path: string) => `paymentSandbox:errors.${path}`

function checkText(value: string, required: boolean): boolean {
  const text = value.trim()
  if (text === '') return !required
  return text.length <= MAX_TEXT && !looksLikeCardNumber(text)
}

/**
 * Checks the card details form with GOV.UK Pay's rules and messages. Gives the card to authorise
 * when every field is fine; otherwise the errors, in the order the fields appear.
 */
export function checkCardDetails(
  input: CardDetailsInput,
  today: string,
): { card?: SubmittedCard; errors: FieldError[] } {
  const errors: FieldError[] = []
  const number = checkCardNumber(input.cardNumber)
  if (!number.ok) errors.push({ field: 'cardNumber', key: key(`cardNumber.${number.problem}`) })

  const expiry = checkExpiry(input.expiryMonth, input.expiryYear, today)
  if (!expiry.ok) errors.push({ field: 'expiry', key: key(`expiry.${expiry.problem}`), href: 'expiryMonth' })

  if (!checkText(input.cardholderName, true)) errors.push({ field: 'cardholderName', key: key('cardholderName') })
  if (!isValidSecurityCode(input.securityCode, number.ok ? number.brand : undefined)) {
    errors.push({ field: 'securityCode', key: key('securityCode') })
  }
  if (!checkText(input.addressLine1, true)) errors.push({ field: 'addressLine1', key: key('addressLine1') })
  if (!checkText(input.addressLine2, false)) errors.push({ field: 'addressLine2', key: key('addressLine2') })
  if (!checkText(input.addressCity, true)) errors.push({ field: 'addressCity', key: key('addressCity') })
  if (!UK_POSTCODE.test(input.addressPostcode.trim()))
    errors.push({ field: 'addressPostcode', key: key('addressPostcode') })

  if (errors.length > 0 || !number.ok || !expiry.ok) return { errors }
  return { card: { digits: number.digits, brand: number.brand, expiry: expiry.expiry }, errors }
}
