import { addDays, addMonths } from '../rules/calendar.ts'

/*
 * Statement periods. A statement copy covers one calendar month that has ended; the current
 * statement covers the last three months to today. Copies go back five years at most.
 */

export const STATEMENT_YEARS_BACK = 5
export const CURRENT_STATEMENT_MONTHS = 3
export const MAX_FILTER_MONTHS = 12

export interface Period {
  /** YYYY-MM-DD, both inclusive. */
  from: string
  to: string
}

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)
}

export function monthPeriod(month: string): Period {
  const from = `${month}-01`
  return { from, to: addDays(addMonths(from, 1), -1) }
}

/** The earliest date a statement can cover: five years before today. */
export function earliestStatementDate(today: string): string {
  return addMonths(today, -12 * STATEMENT_YEARS_BACK)
}

export function currentStatementPeriod(today: string): Period {
  return { from: addMonths(`${today.slice(0, 7)}-01`, -(CURRENT_STATEMENT_MONTHS - 1)), to: today }
}

/**
 * The months with a statement copy for a case started on `caseStart`: ended months, from the case's
 * first month or five years back (whichever is later), that overlap the period asked for. Newest first.
 */
export function statementMonths(caseStart: string, today: string, within: Period): string[] {
  const earliest = earliestStatementDate(today)
  const start = caseStart > earliest ? caseStart : earliest
  const months: string[] = []
  for (let month = today.slice(0, 7); ;) {
    month = addMonths(`${month}-01`, -1).slice(0, 7)
    const period = monthPeriod(month)
    if (period.to < start) break
    if (period.to >= within.from && period.from <= within.to) months.push(month)
    if (period.from < within.from) break
  }
  return months
}

/** Whether a month has a statement copy for a case started on `caseStart`. */
export function hasStatement(month: string, caseStart: string, today: string): boolean {
  return statementMonths(caseStart, today, monthPeriod(month)).includes(month)
}
