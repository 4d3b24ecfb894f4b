/*
 * Approved email responses must carry no personal data (the seed: "No personal data should be contained
 * within the email, NINO, DoB, bank account, building society, or payment card account numbers").
 * These checks find the kinds of personal data that have a recognisable shape in the short values a
 * caseworker types into a template's editable fields.
 */

export type PersonalDataKind =
  'nationalInsuranceNumber' | 'date' | 'sortCode' | 'longNumber' | 'email' | 'phoneNumber' | 'postcode'

const patterns: Array<[PersonalDataKind, RegExp]> = [
  // Two letters, six digits and a letter, with or without spaces: QQ 12 34 56 C.
  ['nationalInsuranceNumber', /\b[A-Z]{2}\s*\d{2}\s*\d{2}\s*\d{2}\s*[A-D]\b/i],
  // 27/03/1985, 27-3-85, 27.03.1985, or 27 March 1985 / 27 Mar 85.
  ['date', /\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\b/],
  ['date', /\b\d{1,2}(st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{2,4}\b/i],
  // Sort codes: 30-94-30 or 30 94 30.
  ['sortCode', /\b\d{2}[\s-]\d{2}[\s-]\d{2}\b/],
  // Account numbers (6 to 8 digits), card numbers (13 to 19), reference numbers (12): any run of 6+ digits, spaces allowed.
  ['longNumber', /\d(?:[\s-]?\d){5,}/],
  ['email', /[^\s@]+@[^\s@]+\.[^\s@]+/],
  ['phoneNumber', /(\+44\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/],
  ['postcode', /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i],
]

/** The kinds of personal data found in a value; empty when none. */
export function personalDataIn(value: string): PersonalDataKind[] {
  const found = new Set<PersonalDataKind>()
  for (const [kind, pattern] of patterns) if (pattern.test(value)) found.add(kind)
  return [...found]
}
