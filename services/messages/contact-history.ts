import type { Activities, Activity, ActivityType } from '../../models/activity.model.ts'
import type { Documents } from '../../models/document.model.ts'
import { addDays, isRealDate } from '../rules/calendar.ts'

/*
 * Everything between a client and the service, from the activities on their record: messages and
 * documents they sent, letters and emails we sent, phone calls and faxes caseworkers recorded. The
 * upload errors are caseworkers' own work items and are left out.
 */

export const contactTypes = {
  messages: ['inbound_message'],
  documents: ['inbound_upload'],
  letters: ['outbound_letter'],
  emails: ['outbound_email'],
  phoneCalls: ['phone_call'],
  faxes: ['fax'],
} as const satisfies Record<string, readonly ActivityType[]>

export type ContactType = keyof typeof contactTypes
export const contactTypeNames = Object.keys(contactTypes) as ContactType[]
export const contactHistoryActivityTypes: ActivityType[] = Object.values(contactTypes).flat()

/** From the client's side: what they sent us (inbound) and what they received from us (outbound). */
export const contactDirections = { sent: 'inbound', received: 'outbound' } as const
export type ContactDirection = keyof typeof contactDirections

export interface ContactCriteria {
  /** UK calendar days, YYYY-MM-DD, both included. */
  from?: string
  to?: string
  type?: ContactType
  direction?: ContactDirection
}

export interface ContactEntry extends Activity {
  /** The names of the files that came with a message or upload. */
  attachments: string[]
}

export const CONTACT_HISTORY_PAGE_SIZE = 10

/** A date typed as dd/mm/yyyy (one or two digits for the day and month), as YYYY-MM-DD if real. */
export function parseUkDate(text: string): string | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.replace(/\s+/g, ''))
  if (!match) return undefined
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (!isRealDate(year, month, day)) return undefined
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const londonDateAndHour = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
})

/** The instant a UK calendar day begins: midnight in London, in BST (23:00 the day before in UTC) or GMT. */
export function ukDayStart(isoDate: string): string {
  const utcMidnight = Date.parse(`${isoDate}T00:00:00Z`)
  const bstMidnight = new Date(utcMidnight - 3_600_000)
  const isMidnight = londonDateAndHour.format(bstMidnight).replace(/\D/g, '') === `${isoDate.replace(/-/g, '')}00`
  return (isMidnight ? bstMidnight : new Date(utcMidnight)).toISOString()
}

/** The last millisecond of a UK calendar day. */
export function ukDayEnd(isoDate: string): string {
  return new Date(Date.parse(ukDayStart(addDays(isoDate, 1))) - 1).toISOString()
}

export class ContactHistory {
  constructor(
    private readonly activities: Activities,
    private readonly documents: Documents,
  ) {}

  /** One page of the client's contact history, newest first, with the names of attached files. */
  async page(clientId: number, criteria: ContactCriteria, pageNumber: number) {
    const { activities, total } = await this.activities.pageForClient(
      clientId,
      {
        types: criteria.type ? contactTypes[criteria.type] : contactHistoryActivityTypes,
        direction: criteria.direction ? contactDirections[criteria.direction] : undefined,
        from: criteria.from ? ukDayStart(criteria.from) : undefined,
        to: criteria.to ? ukDayEnd(criteria.to) : undefined,
      },
      { offset: (pageNumber - 1) * CONTACT_HISTORY_PAGE_SIZE, limit: CONTACT_HISTORY_PAGE_SIZE },
    )
    const withFiles = activities.filter(activity => activity.direction === 'inbound')
    const documents = await this.documents.listForMessages(
      clientId,
      withFiles.map(activity => activity.id),
    )
    const entries: ContactEntry[] = activities.map(activity => ({
      ...activity,
      attachments: documents
        .filter(document => document.messageId === activity.id)
        .map(document => document.originalFileName),
    }))
    return { entries, total, pageCount: Math.max(1, Math.ceil(total / CONTACT_HISTORY_PAGE_SIZE)) }
  }
}
