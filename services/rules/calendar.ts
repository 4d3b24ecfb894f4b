/** Calendar-date arithmetic on ISO dates (YYYY-MM-DD), free of time zones. */

function parts(isoDate: string): [number, number, number] {
  const [year, month, day] = isoDate.split('-').map(Number)
  if (!year || !month || !day) throw new Error(`Not an ISO date: ${isoDate}`)
  return [year, month, day]
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export function addDays(isoDate: string, days: number): string {
  const [year, month, day] = parts(isoDate)
  return format(new Date(Date.UTC(year, month - 1, day + days)))
}

/** Adds calendar months, keeping the day where the month has it and the month's last day where not. */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = parts(isoDate)
  const lastDay = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate()
  return format(new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDay))))
}

/** The first anniversary of a date that falls after another date. */
export function nextAnniversary(isoDate: string, after: string): string {
  let candidate = isoDate
  while (candidate <= after) candidate = addMonths(candidate, 12)
  return candidate
}

/** Whether the date is a valid calendar date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
