/*
 * The known facts a client enrols and signs in with, normalised the GOV.UK way: spaces (and, for
 * reference numbers, dashes) ignored, letters in any case.
 */

/** Customer Reference Number (SCIN): 12 digits, "the 12 digit number at the top of your letters". */
export function normaliseCustomerReferenceNumber(input: string): string {
  return input.replace(/[\s-]+/g, '')
}

export function isCustomerReferenceNumber(value: string): boolean {
  return /^\d{12}$/.test(value)
}

/** The identity account user ID: 12 digits, often written in groups of four. */
export const normaliseUserId = normaliseCustomerReferenceNumber
export const isUserId = isCustomerReferenceNumber

/** National Insurance number: upper case, no spaces. */
export function normaliseNationalInsuranceNumber(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase()
}

/**
 * The format HMRC issues: two prefix letters (not D, F, I, Q, U or V; the second not O; not the
 * reserved pairs), six digits, and a suffix letter A to D.
 */
export function isNationalInsuranceNumber(value: string): boolean {
  return /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(value)
}

/** The date of birth as 8 digits, DDMMYYYY, the way the forgotten-PIN questions count its characters. */
export function dateOfBirthDigits(isoDate: string): string {
  const [year, month, day] = isoDate.split('-')
  return `${day}${month}${year}`
}
