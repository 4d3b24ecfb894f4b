/*
 * What the client's own pages show of their National Insurance number: enough to recognise it,
 * not enough to use it if someone else sees the screen. "AB123456C" is shown as "•• •• •• 56 C".
 */
export function maskNationalInsuranceNumber(nino: string | null | undefined): string | null {
  const clean = (nino ?? '').replace(/\s+/g, '').toUpperCase()
  if (!/^[A-Z]{2}\d{6}[A-D]?$/.test(clean)) return null
  const suffix = clean.length === 9 ? ` ${clean.charAt(8)}` : ''
  return `•• •• •• ${clean.slice(6, 8)}${suffix}`
}
