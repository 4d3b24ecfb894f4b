import { ukCalendarDate } from '../format/dates.ts'
import { addDays } from './calendar.ts'

const HOUR = 60 * 60 * 1000

/** The instant a UK calendar day (YYYY-MM-DD) begins: midnight in London, GMT or BST. */
export function ukDayStart(isoDate: string): Date {
  const utcMidnight = Date.parse(`${isoDate}T00:00:00Z`)
  // London is never behind UTC: the day begins at UTC midnight (GMT) or an hour before (BST).
  const bstMidnight = new Date(utcMidnight - HOUR)
  return ukCalendarDate(bstMidnight) === isoDate ? bstMidnight : new Date(utcMidnight)
}

/** The inclusive range of instants in one or more whole UK days, as ISO timestamps. */
export function ukDaysRange(from: string | undefined, to: string | undefined): { from?: string; to?: string } {
  return {
    from: from ? ukDayStart(from).toISOString() : undefined,
    to: to ? new Date(ukDayStart(addDays(to, 1)).getTime() - 1).toISOString() : undefined,
  }
}

/** Whether a response due on a UK day is overdue at an instant: the day has passed in the UK. */
export function isPastDue(dueOn: string, now: Date): boolean {
  return ukCalendarDate(now) > dueOn
}
