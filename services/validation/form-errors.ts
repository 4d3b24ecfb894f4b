import type { Translate } from '../i18n.ts'

/** A validation failure: the field it belongs to and the translation key of its message. */
export interface FieldError {
  field: string
  key: string
  values?: Record<string, unknown>
  /** The element the summary links to, when it is not the field's own id (e.g. "dateOfBirth-day"). */
  href?: string
  /** For a field of several inputs (a date), the inputs to highlight. */
  parts?: string[]
}

/** The one shape every form's errors take, for govukErrorSummary and each field's errorMessage. */
export interface FormErrors {
  errorSummary: Array<{ text: string; href: string }>
  formErrors: Record<string, { text: string; parts?: string[] } | undefined>
}

export function emptyFormErrors(): FormErrors {
  return { errorSummary: [], formErrors: {} }
}

/** Turns field errors into translated messages, one per field, in the order the fields were checked. */
export function formatErrors(errors: FieldError[], t: Translate): FormErrors {
  const result = emptyFormErrors()
  for (const error of errors) {
    if (result.formErrors[error.field]) continue
    const text = t(error.key, error.values ?? {})
    result.formErrors[error.field] = error.parts ? { text, parts: error.parts } : { text }
    result.errorSummary.push({ text, href: `#${error.href ?? error.field}` })
  }
  return result
}
