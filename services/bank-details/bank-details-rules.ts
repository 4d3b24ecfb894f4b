import { validateAccountDetails } from 'uk-modulus-check'
import type { FieldError } from '../validation/form-errors.ts'

/*
 * The GOV.UK bank details pattern's rules, for Direct Debit (paying parents) and direct payment
 * (receiving parents): name on the account, one sort code field in whatever format people use, an
 * account number of 6 to 8 digits padded to 8 as banks do, and the Vocalink modulus check that the
 * two belong together. Messages are keys in locales/<language>/bankDetails.json.
 */

export interface BankDetailsInput {
  accountName: string
  sortCode: string
  accountNumber: string
  /** Only asked for where building society accounts are paid into. */
  rollNumber?: string
}

export interface BankDetails {
  accountName: string
  /** 6 digits */
  sortCode: string
  /** 8 digits */
  accountNumber: string
  rollNumber: string | null
}

export type ModulusCheck = (sortCode: string, accountNumber: string) => boolean

export const MAX_ACCOUNT_NAME_LENGTH = 70
const MAX_ROLL_NUMBER_LENGTH = 18

/** Spaces (ordinary and non-breaking), hyphens and the dashes people or their phones type. */
const SEPARATORS = /[\s\u00a0\u2010-\u2015\u2212-]/g

/** "309430", "30-94-30", "30 94 30" or "30–94–30" as six digits; undefined when it is not a sort code. */
export function normaliseSortCode(typed: string): string | undefined {
  const digits = typed.replace(SEPARATORS, '')
  return /^\d{6}$/.test(digits) ? digits : undefined
}

/** Banks treat 6- and 7-digit account numbers as 8 digits with leading zeros. */
export function padAccountNumber(digits: string): string {
  return digits.padStart(8, '0')
}

const key = (path: string) => `bankDetails:errors.${path}`

/** Checks bank details; gives them normalised when every field is fine, otherwise the errors in field order. */
export function checkBankDetails(
  input: BankDetailsInput,
  modulusCheck: ModulusCheck = validateAccountDetails,
): { details?: BankDetails; errors: FieldError[] } {
  const errors: FieldError[] = []
  const accountName = input.accountName.trim().replace(/\s+/g, ' ')
  if (accountName === '') errors.push({ field: 'accountName', key: key('accountName.missing') })
  else if (accountName.length > MAX_ACCOUNT_NAME_LENGTH)
    errors.push({ field: 'accountName', key: key('accountName.tooLong'), values: { max: MAX_ACCOUNT_NAME_LENGTH } })

  const typedSortCode = input.sortCode.trim()
  const sortCode = normaliseSortCode(typedSortCode)
  if (typedSortCode === '') errors.push({ field: 'sortCode', key: key('sortCode.missing') })
  else if (!sortCode) errors.push({ field: 'sortCode', key: key('sortCode.format') })

  const accountDigits = input.accountNumber.replace(SEPARATORS, '')
  if (accountDigits === '') errors.push({ field: 'accountNumber', key: key('accountNumber.missing') })
  else if (!/^\d+$/.test(accountDigits)) errors.push({ field: 'accountNumber', key: key('accountNumber.format') })
  else if (accountDigits.length < 6 || accountDigits.length > 8)
    errors.push({ field: 'accountNumber', key: key('accountNumber.length') })

  const rollNumber = (input.rollNumber ?? '').trim()
  if (rollNumber.length > MAX_ROLL_NUMBER_LENGTH) errors.push({ field: 'rollNumber', key: key('rollNumber.length') })
  else if (rollNumber !== '' && !/^[A-Za-z0-9\-\s/.]+$/.test(rollNumber))
    errors.push({ field: 'rollNumber', key: key('rollNumber.format') })

  if (errors.length > 0 || !sortCode) return { errors }
  const accountNumber = padAccountNumber(accountDigits)
  if (!modulusCheck(sortCode, accountNumber)) {
    return { errors: [{ field: 'accountNumber', key: key('accountNumber.modulus') }] }
  }
  return { details: { accountName, sortCode, accountNumber, rollNumber: rollNumber || null }, errors }
}
