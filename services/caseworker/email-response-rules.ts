/*
 * The seed's rule for answering a self-service message by email: only when the client's contact
 * preference is Self Service, and only for a missing payment enquiry or a general account or
 * calculation enquiry. Anything else is answered by telephone.
 */
import type { Activity } from '../../models/activity.model.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'
import type { Enquiry } from './approved-responses.ts'

/** The message subjects (contact reasons) an email may answer, and the kind of enquiry each is. */
const answerableSubjects: Readonly<Record<string, Enquiry>> = {
  'missing payments': 'missing_payment',
  'general query': 'account_calculation',
  'query about calculation': 'account_calculation',
}

/** "Missing payments", "missing_payments" and "MISSING PAYMENTS" are the same subject. */
const normalise = (subject: string) => subject.trim().toLowerCase().replaceAll('_', ' ').replace(/\s+/g, ' ')

export type EmailResponseDecision =
  | { allowed: true; enquiry: Enquiry }
  | { allowed: false; reason: 'not_a_message' | 'answered' | 'preference' | 'subject' }

export function canRespondByEmail(
  client: Pick<ClientRow, 'contact_preference' | 'email'>,
  activity: Pick<Activity, 'activityType' | 'direction' | 'status' | 'subject'>,
): EmailResponseDecision {
  if (activity.activityType !== 'inbound_message' || activity.direction !== 'inbound')
    return { allowed: false, reason: 'not_a_message' }
  if (activity.status === 'done') return { allowed: false, reason: 'answered' }
  if (client.contact_preference !== 'self_service' || !client.email) return { allowed: false, reason: 'preference' }
  const enquiry = answerableSubjects[normalise(activity.subject)]
  return enquiry ? { allowed: true, enquiry } : { allowed: false, reason: 'subject' }
}

/** Why the page says to telephone instead. */
export const telephoneInstead: Readonly<Record<Exclude<EmailResponseDecision, { allowed: true }>['reason'], string>> = {
  not_a_message: 'Only a message the client sent through self-service can be answered by email.',
  answered: 'This message has been answered.',
  preference:
    'The client’s contact preference is not Self Service (or we hold no email address for them), so telephone the client to answer this message.',
  subject:
    'Only a missing payment enquiry or a general account or calculation enquiry can be answered by email. Telephone the client to answer this message.',
}
