/*
 * The rules of a secure message from a client: the subjects they choose from (the procedure's list,
 * "Submit feedback" chosen when they arrive from the feedback link), when the children must be named,
 * and how long a message may be.
 */

export const messageSubjects = [
  'missingPayments',
  'feedback',
  'generalQuery',
  'complaint',
  'calculation',
  'annualAssessment',
  'subjectAccessRequest',
  'siteProblem',
] as const

export type MessageSubject = (typeof messageSubjects)[number]

/** The contact reason caseworkers read on the inbound message activity: always English. */
export const contactReasons: Record<MessageSubject, string> = {
  missingPayments: 'Missing payments',
  feedback: 'Submit feedback',
  generalQuery: 'General query',
  complaint: 'Make a complaint',
  calculation: 'Query about calculation',
  annualAssessment: 'Query about annual assessment',
  subjectAccessRequest: 'Ask for a subject access request form',
  siteProblem: 'Problem with the site',
}

export const MESSAGE_MAX_LENGTH = 2000

export function isMessageSubject(value: string): value is MessageSubject {
  return (messageSubjects as readonly string[]).includes(value)
}

/** The procedure: the child or children must be named for missing payments; for everything else it is optional. */
export function childrenRequired(subject: MessageSubject): boolean {
  return subject === 'missingPayments'
}

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A message reference such as "M-7KQ2M9XA": short and easy to read out on the phone. */
export function newMessageReference(random: (limit: number) => number): string {
  let code = ''
  for (let index = 0; index < 8; index++) code += REFERENCE_ALPHABET.charAt(random(REFERENCE_ALPHABET.length))
  return `M-${code}`
}

/** What caseworkers read: the message, then the children it is about. */
export function messageBody(text: string, childNames: string[]): string {
  return childNames.length === 0 ? text : `${text}\n\nChildren: ${childNames.join(', ')}`
}

/** The subject a contact reason was recorded from, so the client reads it in their own language. */
export function subjectOfContactReason(reason: string): MessageSubject | undefined {
  return messageSubjects.find(subject => contactReasons[subject] === reason)
}
