/*
 * CSV for the reports (RFC 4180: comma-separated, quoted where needed, CRLF line ends). Text that a
 * spreadsheet would run as a formula (starting =, +, -, @, tab or return) is prefixed with an
 * apostrophe; numbers are written as numbers.
 */

export type Cell = string | number | null | undefined

function escapeCell(cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number' || /^-?\d+(\.\d+)?$/.test(cell)) return String(cell)
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map(row => row.map(escapeCell).join(',')).join('\r\n') + '\r\n'
}

/** Pence as pounds with two decimals, signed, for a spreadsheet: -1234 → "-12.34". */
export function penceAsPounds(pence: number): string {
  const sign = pence < 0 ? '-' : ''
  const whole = Math.abs(pence)
  return `${sign}${Math.floor(whole / 100)}.${String(whole % 100).padStart(2, '0')}`
}
