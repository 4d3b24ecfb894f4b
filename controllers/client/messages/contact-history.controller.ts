import type { RequestHandler } from 'express'
import type { ClientSummary } from '../../../models/client.model.ts'
import { pathTo, type ClientUrls } from '../../../routes/paths.ts'
import {
  contactDirections,
  contactTypeNames,
  contactTypes,
  type ContactEntry,
  type ContactHistory,
} from '../../../services/messages/contact-history.ts'
import { subjectOfContactReason } from '../../../services/messages/message-rules.ts'
import { emptyFormErrors, formatErrors } from '../../../services/validation/form-errors.ts'
import { readContactCriteria, type ContactHistoryValues } from './contact-history.validation.ts'

const typeOf = (entry: ContactEntry) =>
  contactTypeNames.find(name => (contactTypes[name] as readonly string[]).includes(entry.activityType))

/** What the table shows of an entry: never the text of a message the client sent. */
function rowOf(entry: ContactEntry, urls: ClientUrls) {
  const subject = entry.activityType === 'inbound_message' ? subjectOfContactReason(entry.subject) : undefined
  return {
    createdAt: entry.createdAt,
    type: typeOf(entry),
    direction: entry.direction === contactDirections.sent ? 'sent' : 'received',
    subjectKey: subject ? `messages:subjects.${subject}` : undefined,
    subjectText: entry.activityType === 'inbound_upload' ? undefined : entry.subject,
    attachments: entry.attachments,
    letterHref: entry.letterId ? pathTo(urls.letter, { letterId: entry.letterId }) : undefined,
  }
}

function pageHref(base: string, values: ContactHistoryValues, page: number): string {
  const query = new URLSearchParams({ ...values, page: String(page) })
  for (const [key, value] of [...query.entries()]) if (value === '') query.delete(key)
  return `${base}?${query.toString()}`
}

function pagination(base: string, values: ContactHistoryValues, current: number, pageCount: number) {
  if (pageCount <= 1) return undefined
  return {
    previous: current > 1 ? { href: pageHref(base, values, current - 1) } : undefined,
    next: current < pageCount ? { href: pageHref(base, values, current + 1) } : undefined,
    items: Array.from({ length: pageCount }, (_item, index) => ({
      number: index + 1,
      href: pageHref(base, values, index + 1),
      current: index + 1 === current,
    })),
  }
}

/** Messages and contact history, filtered by date, type and direction, newest first, a page at a time. */
export function get(contactHistory: ContactHistory): RequestHandler {
  return async (req, res) => {
    const client = res.locals.client as ClientSummary
    const urls = res.locals.urls as ClientUrls
    const { values, criteria, errors, pageNumber } = readContactCriteria(req.query)
    const usable = errors.length === 0 ? criteria : {}
    const history = await contactHistory.page(client.id, usable, pageNumber)
    res.status(errors.length === 0 ? 200 : 400).render('pages/client/messages/contact-history', {
      values,
      errors: errors.length === 0 ? emptyFormErrors() : formatErrors(errors, req.t),
      typeNames: contactTypeNames,
      filtered: Object.values(usable).some(value => value !== undefined),
      rows: history.entries.map(entry => rowOf(entry, urls)),
      pagination: pagination(urls.messages, values, pageNumber, history.pageCount),
    })
  }
}
