import {
  contactDirections,
  contactTypes,
  parseUkDate,
  type ContactCriteria,
  type ContactDirection,
  type ContactType,
} from '../../../services/messages/contact-history.ts'
import { textField } from '../../../services/validation/fields.ts'
import type { FieldError } from '../../../services/validation/form-errors.ts'

export interface ContactHistoryValues {
  from: string
  to: string
  type: string
  direction: string
}

type Query = Record<string, unknown>

/** The contact history filters from the query string: dates as dd/mm/yyyy, a type and a direction. */
export function readContactCriteria(query: Query): {
  values: ContactHistoryValues
  criteria: ContactCriteria
  errors: FieldError[]
  pageNumber: number
} {
  const values: ContactHistoryValues = {
    from: textField(query, 'from'),
    to: textField(query, 'to'),
    type: textField(query, 'type'),
    direction: textField(query, 'direction'),
  }
  const errors: FieldError[] = []
  const from = values.from === '' ? undefined : parseUkDate(values.from)
  const to = values.to === '' ? undefined : parseUkDate(values.to)
  if (values.from !== '' && !from) errors.push({ field: 'from', key: 'messages:history.errors.fromInvalid' })
  if (values.to !== '' && !to) errors.push({ field: 'to', key: 'messages:history.errors.toInvalid' })
  if (from && to && to < from) errors.push({ field: 'to', key: 'messages:history.errors.toBeforeFrom' })
  const criteria: ContactCriteria = {
    from,
    to,
    type: Object.hasOwn(contactTypes, values.type) ? (values.type as ContactType) : undefined,
    direction: Object.hasOwn(contactDirections, values.direction) ? (values.direction as ContactDirection) : undefined,
  }
  const page = Number(textField(query, 'page'))
  return { values, criteria, errors, pageNumber: Number.isSafeInteger(page) && page > 0 ? page : 1 }
}
