import { textField } from '../validation/fields.ts'
import type { FieldError } from '../validation/form-errors.ts'
import { SPECIAL_RECORD_REASON_MAX } from './special-client-records.ts'

export type SpecialRecordAction = 'mark' | 'unmark'

export interface SpecialRecordValues {
  reason: string
  confirm: string
}

/** Reads the mark or unmark form: a reason and a ticked confirmation, both needed. */
export function readSpecialRecordForm(
  body: Record<string, unknown>,
  action: SpecialRecordAction,
): { values: SpecialRecordValues; errors: FieldError[] } {
  const values = { reason: textField(body, 'reason'), confirm: textField(body, 'confirm') }
  const errors: FieldError[] = []
  if (values.reason === '')
    errors.push({
      field: 'reason',
      key: action === 'mark' ? 'Enter why this is a special client record' : 'Enter why the mark is being removed',
    })
  else if (values.reason.length > SPECIAL_RECORD_REASON_MAX)
    errors.push({ field: 'reason', key: `Reason must be ${SPECIAL_RECORD_REASON_MAX} characters or fewer` })
  if (values.confirm !== 'yes')
    errors.push({
      field: 'confirm',
      key:
        action === 'mark'
          ? 'Confirm that the other party must not see this client’s name'
          : 'Confirm that the other party may see this client’s first name again',
    })
  return { values, errors }
}
