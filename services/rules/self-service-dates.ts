/*
 * The self-service details the CMS 2012 system shows a caseworker, from the seed: clients who
 * registered for self-service before 14 November 2016 show 31/12/2012 as their first log-in date.
 */

export const FIRST_LOG_IN_RECORDED_FROM = '2016-11-14'
export const DEFAULT_FIRST_LOG_IN = '2012-12-31'

export interface SelfServiceRecord {
  selfService: boolean
  enrolledAt: string | null
  firstSignInAt: string | null
  lastSignInAt: string | null
}

/** The first log-in date to show, as a calendar date, or null when the client has never signed in. */
export function firstLogInDateShown(record: SelfServiceRecord): string | null {
  if (record.enrolledAt && record.enrolledAt.slice(0, 10) < FIRST_LOG_IN_RECORDED_FROM) return DEFAULT_FIRST_LOG_IN
  return record.firstSignInAt
}
