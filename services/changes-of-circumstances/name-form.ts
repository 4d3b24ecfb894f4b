import { textField } from '../validation/fields.ts'
import type { FieldError } from '../validation/form-errors.ts'
import type { ChangeOfName } from './requested-changes.ts'

export interface NameValues {
  title: string
  firstName: string
  lastName: string
}

const limits = { title: 20, firstName: 100, lastName: 100 } as const

/** The name the client asks us to use, checked; the same name as now is not a change. */
export function checkNameForm(
  body: Record<string, unknown> | undefined,
  current: ChangeOfName,
): { values: NameValues; errors: FieldError[]; name?: ChangeOfName } {
  const values: NameValues = {
    title: textField(body, 'title'),
    firstName: textField(body, 'firstName'),
    lastName: textField(body, 'lastName'),
  }
  const errors: FieldError[] = []
  for (const field of ['title', 'firstName', 'lastName'] as const) {
    if (values[field].length > limits[field])
      errors.push({ field, key: `details:changeName.errors.${field}TooLong`, values: { max: limits[field] } })
  }
  if (values.firstName === '') errors.push({ field: 'firstName', key: 'details:changeName.errors.firstNameMissing' })
  if (values.lastName === '') errors.push({ field: 'lastName', key: 'details:changeName.errors.lastNameMissing' })
  const name: ChangeOfName = { title: values.title || null, firstName: values.firstName, lastName: values.lastName }
  if (
    errors.length === 0 &&
    (name.title ?? '') === (current.title ?? '') &&
    name.firstName === current.firstName &&
    name.lastName === current.lastName
  )
    errors.push({ field: 'firstName', key: 'details:changeName.errors.unchanged' })
  return errors.length > 0 ? { values, errors } : { values, errors, name }
}
