import type { FieldError } from '../validation/form-errors.ts'
import type { UploadOutcome } from './document-uploads.ts'
import { fileMessageKeyOf, messageKeyOf } from './refusals.ts'

/**
 * The refusals of an upload as form errors for the file input `field`: one error for a selection of
 * too many files, otherwise one per refused file. With one file the message is GOV.UK's ("The
 * selected file contains a virus"); with several, each names its file. The first error belongs to
 * the field itself (its error message); the others link to it from the error summary.
 */
export function uploadFieldErrors(outcome: UploadOutcome, field: string): FieldError[] {
  const refusals = outcome.results.flatMap(result => (result.status === 'refused' ? [result] : []))
  if (refusals.some(result => result.reason === 'tooManyFiles')) {
    return [{ field, key: messageKeyOf('tooManyFiles') }]
  }
  const single = outcome.results.length === 1
  return refusals.map((result, index) => ({
    field: index === 0 ? field : `${field}-${index + 1}`,
    href: field,
    key: single ? messageKeyOf(result.reason) : fileMessageKeyOf(result.reason),
    values: single ? undefined : { fileName: result.fileName },
  }))
}
