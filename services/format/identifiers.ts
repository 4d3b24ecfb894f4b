/** Groups digits in fours, as the seed shows user IDs: "2061 2145 0971". */
export function groupInFours(digits: string | null | undefined): string {
  if (!digits) return ''
  return digits.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ')
}

/** "AB 12 34 56 C", the GOV.UK way of showing a National Insurance number. */
export function formatNationalInsuranceNumber(nino: string | null | undefined): string {
  if (!nino) return ''
  const clean = nino.replace(/\s+/g, '').toUpperCase()
  return clean.replace(/^(\w{2})(\d{2})(\d{2})(\d{2})(\w?)$/, '$1 $2 $3 $4 $5').trim()
}

/** "c••••••@example.com": enough to recognise your own address, not enough to learn someone else's. */
export function maskEmailAddress(email: string): string {
  const [local = '', domain = ''] = email.split('@')
  if (!domain) return ''
  return `${local.charAt(0)}${'•'.repeat(Math.max(3, local.length - 1))}@${domain}`
}
