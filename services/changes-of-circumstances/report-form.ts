import type { ClientCase } from '../../models/client-cases.model.ts'
import { textField } from '../validation/fields.ts'
import type { FieldError } from '../validation/form-errors.ts'
import type { ReportedChange } from './requested-changes.ts'

export const MAX_DETAILS_LENGTH = 2000
/** The case radio for a change that is not about one case. */
export const NOT_ONE_CASE = 'none'

export interface ReportValues {
  caseId: string
  details: string
}

/**
 * A reported change: which of the client's own cases it is about (a case id from anyone else's
 * case is refused as if nothing was chosen) and what changed, in their words.
 */
export function checkReportForm(
  body: Record<string, unknown> | undefined,
  cases: ClientCase[],
): { values: ReportValues; errors: FieldError[]; change?: ReportedChange } {
  const values: ReportValues = { caseId: textField(body, 'caseId'), details: textField(body, 'details') }
  const errors: FieldError[] = []
  const chosenCase = cases.find(found => String(found.id) === values.caseId)
  if (cases.length > 0 && !chosenCase && values.caseId !== NOT_ONE_CASE)
    errors.push({ field: 'caseId', key: 'details:report.errors.caseMissing' })
  if (values.details === '') errors.push({ field: 'details', key: 'details:report.errors.detailsMissing' })
  else if (values.details.length > MAX_DETAILS_LENGTH)
    errors.push({ field: 'details', key: 'details:report.errors.detailsTooLong', values: { max: '2,000' } })
  if (errors.length > 0) return { values, errors }
  return { values, errors, change: { caseId: chosenCase?.id ?? null, details: values.details } }
}
