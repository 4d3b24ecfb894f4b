import type { QualifyingChild } from '../../../models/client-cases.model.ts'
import {
  childrenRequired,
  isMessageSubject,
  MESSAGE_MAX_LENGTH,
  type MessageSubject,
} from '../../../services/messages/message-rules.ts'
import { textField } from '../../../services/validation/fields.ts'
import type { FieldError } from '../../../services/validation/form-errors.ts'

/** What the client typed and chose, to show again after a problem. */
export interface MessageValues {
  subject: string
  children: string[]
  message: string
}

export interface ValidMessage {
  subject: MessageSubject
  text: string
  childNames: string[]
}

type Body = Record<string, unknown> | undefined

function listField(body: Body, name: string): string[] {
  const value = body && Object.hasOwn(body, name) ? body[name] : undefined
  const values = Array.isArray(value) ? value : [value]
  return values.filter((item): item is string => typeof item === 'string' && item !== '')
}

/** The message form: a subject from the list, the children (from the client's own), and the text. */
export function validateMessage(
  body: Body,
  children: QualifyingChild[],
): { values: MessageValues; errors: FieldError[]; message?: ValidMessage } {
  const values: MessageValues = {
    subject: textField(body, 'subject'),
    children: listField(body, 'children'),
    message: textField(body, 'message').replace(/\r\n/g, '\n'),
  }
  const errors: FieldError[] = []
  const subject = isMessageSubject(values.subject) ? values.subject : undefined
  if (!subject) errors.push({ field: 'subject', key: 'messages:send.errors.subjectMissing' })
  const chosen = values.children.map(id => children.find(child => String(child.id) === id))
  if (chosen.some(child => child === undefined)) {
    errors.push({ field: 'children', key: 'messages:send.errors.childUnknown' })
  } else if (subject && childrenRequired(subject) && children.length > 0 && chosen.length === 0) {
    errors.push({ field: 'children', key: 'messages:send.errors.childrenMissing' })
  }
  if (values.message === '') errors.push({ field: 'message', key: 'messages:send.errors.messageMissing' })
  else if ([...values.message].length > MESSAGE_MAX_LENGTH)
    errors.push({ field: 'message', key: 'messages:send.errors.messageTooLong' })
  if (errors.length > 0 || !subject) return { values, errors }
  const childNames = chosen.map(child => `${child!.firstName} ${child!.lastName}`)
  return { values, errors, message: { subject, text: values.message, childNames } }
}
