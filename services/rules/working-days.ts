import { addDays } from './calendar.ts'

/**
 * Bank holidays in England and Wales, as published on GOV.UK, including the substitute days when a
 * holiday falls at a weekend. Extend the list each year; `addWorkingDays` refuses dates past its end
 * rather than silently counting a holiday as a working day.
 */
// prettier-ignore
export const englandAndWalesBankHolidays: ReadonlySet<string> = new Set([
  '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26',
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
  '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26',
])

const FIRST_COVERED = '2024-01-01'
const LAST_COVERED = '2028-12-31'

export function isWorkingDay(isoDate: string): boolean {
  const weekday = new Date(`${isoDate}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !englandAndWalesBankHolidays.has(isoDate)
}

/**
 * The day that is `count` working days after `isoDate` (weekends and bank holidays skipped). A
 * message that arrives on a Friday with two working days to answer is due on the Tuesday.
 */
export function addWorkingDays(isoDate: string, count: number): string {
  if (isoDate < FIRST_COVERED || isoDate > LAST_COVERED) {
    throw new Error(`Bank holidays are not listed for ${isoDate}: extend englandAndWalesBankHolidays`)
  }
  let day = isoDate
  let remaining = count
  while (remaining > 0) {
    day = addDays(day, 1)
    if (isWorkingDay(day)) remaining--
  }
  return day
}

/** Self-service messages are answered within two working days. */
export const MESSAGE_RESPONSE_WORKING_DAYS = 2
