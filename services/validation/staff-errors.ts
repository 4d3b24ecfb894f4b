import type { Translate } from '../i18n.ts'
import { formatErrors, type FieldError, type FormErrors } from './form-errors.ts'

/*
 * Staff tools are in English only, so their validators give the message itself as the key, with
 * {{placeholders}} filled from the error's values. The shape is the same as the client site's.
 */

const english = ((message: string, values: Record<string, unknown> = {}) =>
  message.replace(/\{\{\s*(\w+)\s*\}\}/g, (_match, name: string) =>
    String((values[name] as string | number | undefined) ?? ''),
  )) as unknown as Translate

export function staffFormErrors(errors: FieldError[]): FormErrors {
  return formatErrors(errors, english)
}
