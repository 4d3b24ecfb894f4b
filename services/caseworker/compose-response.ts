import { formatDate } from '../format/dates.ts'
import { formatMoney } from '../format/money.ts'
import type { Language } from '../i18n.ts'
import { parsePoundsToPence } from '../payments/amount.ts'
import { addMonths } from '../rules/calendar.ts'
import { personalDataIn, type PersonalDataKind } from '../rules/personal-data.ts'
import { parseDateInput } from '../validation/date-input.ts'
import { isTicked, textField } from '../validation/fields.ts'
import type { FieldError } from '../validation/form-errors.ts'
import { RESPONSE_SUBJECT, type ApprovedResponse, type TemplateField } from './approved-responses.ts'

export const TEXT_FIELD_MAX = 60
/** A date in a response is about payments and calculations: recent, never years back like a date of birth. */
export const DATE_FIELD_YEARS_BACK = 2

export type FieldValue =
  { type: 'money'; pence: number } | { type: 'date'; isoDate: string } | { type: 'text'; text: string }

export interface ComposedResponse {
  templateId: string
  /** Ids of the paragraphs in the email, in order. */
  paragraphs: string[]
  values: Record<string, FieldValue>
}

const personalDataNames: Record<PersonalDataKind, string> = {
  nationalInsuranceNumber: 'a National Insurance number',
  date: 'a date',
  sortCode: 'a sort code',
  longNumber: 'an account, card or reference number',
  email: 'an email address',
  phoneNumber: 'a phone number',
  postcode: 'a postcode',
}

/** The form field names for a template field: one input, or a GOV.UK date input's three. */
export const inputName = (field: TemplateField) => `field-${field.name}`

function readField(
  field: TemplateField,
  body: Record<string, unknown>,
  today: Date,
): { value?: FieldValue; error?: FieldError } {
  const name = inputName(field)
  const label = field.label
  if (field.type === 'money') {
    const amount = parsePoundsToPence(textField(body, name))
    if (amount.ok) return { value: { type: 'money', pence: amount.pence } }
    const messages = {
      missing: `Enter the ${label.toLowerCase()}`,
      format: `${label} must be in pounds and pence, like 25 or 25.50`,
      tooSmall: `${label} must be more than £0`,
      tooLarge: `${label} must be £100,000 or less`,
    }
    return { error: { field: name, key: messages[amount.problem] } }
  }
  if (field.type === 'date') {
    const parsed = parseDateInput(
      name,
      {
        day: textField(body, `${name}-day`),
        month: textField(body, `${name}-month`),
        year: textField(body, `${name}-year`),
      },
      'caseworker:responseDate',
    )
    if (parsed.error) {
      const messages: Record<string, string> = {
        missing: `Enter the ${label.toLowerCase()}`,
        real: `${label} must be a real date`,
        yearFourDigits: 'Year must include 4 numbers',
      }
      const kind = parsed.error.key.split('.').pop()!
      return {
        error: {
          ...parsed.error,
          key: messages[kind] ?? `${label} must include a ${kind.replace('missing_', '').replaceAll('_', ' and ')}`,
        },
      }
    }
    const today_ = today.toISOString().slice(0, 10)
    if (parsed.value! < addMonths(today_, -12 * DATE_FIELD_YEARS_BACK) || parsed.value! > addMonths(today_, 12)) {
      return {
        error: {
          field: name,
          href: `${name}-day`,
          key: `${label} must be within the last ${DATE_FIELD_YEARS_BACK} years or the next year`,
        },
      }
    }
    return { value: { type: 'date', isoDate: parsed.value! } }
  }
  const text = textField(body, name)
  if (text === '') return { error: { field: name, key: `Enter the ${label.toLowerCase()}` } }
  if (text.length > TEXT_FIELD_MAX)
    return { error: { field: name, key: `${label} must be ${TEXT_FIELD_MAX} characters or fewer` } }
  const found = personalDataIn(text)
  if (found.length > 0) {
    return {
      error: {
        field: name,
        key: `${label} must not include personal data: remove ${found.map(kind => personalDataNames[kind]).join(' and ')}`,
      },
    }
  }
  return { value: { type: 'text', text } }
}

/**
 * Checks a caseworker's choices against the template: every editable paragraph's fields, and the
 * fields of each optional paragraph they ticked. Returns the response to send, or the errors.
 */
export function composeResponse(
  template: ApprovedResponse,
  body: Record<string, unknown>,
  today: Date,
): { composed?: ComposedResponse; errors: FieldError[] } {
  const errors: FieldError[] = []
  const paragraphs: string[] = []
  const values: Record<string, FieldValue> = {}
  for (const paragraph of template.paragraphs) {
    if (paragraph.kind === 'optional' && !isTicked(body, 'optional', paragraph.id)) continue
    paragraphs.push(paragraph.id)
    for (const field of paragraph.fields ?? []) {
      const { value, error } = readField(field, body, today)
      if (error) errors.push(error)
      else values[field.name] = value!
    }
  }
  return errors.length > 0 ? { errors } : { errors, composed: { templateId: template.id, paragraphs, values } }
}

function show(value: FieldValue, language: Language): string {
  if (value.type === 'money') return formatMoney(value.pence)
  if (value.type === 'date') return formatDate(value.isoDate, language)
  return value.text
}

const greeting: Record<Language, (firstName: string) => string> = {
  en: name => `Dear ${name}`,
  cy: name => `Annwyl ${name}`,
}
const signOff: Record<Language, string> = { en: 'Child Maintenance Service', cy: 'Gwasanaeth Cynhaliaeth Plant' }

/** The chosen paragraphs with their fields filled in, in the client's language. */
export function renderParagraphs(template: ApprovedResponse, composed: ComposedResponse, language: Language): string[] {
  return template.paragraphs
    .filter(paragraph => composed.paragraphs.includes(paragraph.id))
    .map(paragraph =>
      paragraph.text[language].replace(/\{\{(\w+)\}\}/g, (_match, name: string) =>
        show(composed.values[name]!, language),
      ),
    )
}

/** The email as the client will read it, in their language. */
export function renderResponse(
  template: ApprovedResponse,
  composed: ComposedResponse,
  language: Language,
  firstName: string,
): { subject: string; body: string } {
  const paragraphs = renderParagraphs(template, composed, language)
  return {
    subject: RESPONSE_SUBJECT[language],
    body: [greeting[language](firstName), ...paragraphs, signOff[language]].join('\n\n'),
  }
}
