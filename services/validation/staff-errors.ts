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

/** A namespaced key ("gateway:knownFacts.errors.dateOfBirth.missing") is a shared message from the locales. */
const isLocaleKey = (key: string) => /^[A-Za-z]+:[\w.]+$/.test(key)

/**
 * Staff-tool errors in the shared shape. Messages written in English pass through; messages shared
 * with the client site (such as the GOV.UK date input's) come from the English locale through `t`.
 */
export function staffFormErrors(errors: FieldError[], t?: Translate): FormErrors {
  const translate = ((key: string, values?: Record<string, unknown>) =>
    t && isLocaleKey(key) ? t(key, values ?? {}) : english(key, values)) as unknown as Translate
  return formatErrors(errors, translate)
}
