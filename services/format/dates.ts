import type { Language } from '../i18n.ts'

const UK_TIME_ZONE = 'Europe/London'

const longDate: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: UK_TIME_ZONE }),
  cy: new Intl.DateTimeFormat('cy-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: UK_TIME_ZONE }),
}

const timeOfDay = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: UK_TIME_ZONE,
})

const isoDateParts = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: UK_TIME_ZONE,
})

/** A calendar date (YYYY-MM-DD) or instant as a Date; calendar dates are read as midday UTC so no time zone moves them. */
function toDate(value: string | Date): Date {
  if (value instanceof Date) return value
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value)
}

/** "22 October 2015" (or "22 Hydref 2015"), the GOV.UK style for dates. */
export function formatDate(value: string | Date | null | undefined, language: Language = 'en'): string {
  if (!value) return ''
  return longDate[language].format(toDate(value))
}

/** "22/10/2015", for staff screens and filters that the seed shows in this form. */
export function formatShortDate(value: string | Date | null | undefined): string {
  if (!value) return ''
  const [year, month, day] = ukCalendarDate(toDate(value)).split('-')
  return `${day}/${month}/${year}`
}

/** "3:15pm", UK time, GOV.UK style. */
export function formatTime(value: string | Date | null | undefined): string {
  if (!value) return ''
  return timeOfDay.format(toDate(value)).replace(' ', '').toLowerCase()
}

/** The calendar date (YYYY-MM-DD) of an instant in the UK. */
export function ukCalendarDate(instant: Date): string {
  return isoDateParts.format(instant)
}
