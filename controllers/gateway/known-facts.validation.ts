import type { KnownFacts } from '../../services/gateway/enrolment.service.ts'
import {
  isCustomerReferenceNumber,
  isNationalInsuranceNumber,
  normaliseCustomerReferenceNumber,
  normaliseNationalInsuranceNumber,
} from '../../services/rules/known-facts.ts'
import { parseDateInput } from '../../services/validation/date-input.ts'
import { textField } from '../../services/validation/fields.ts'
import type { FieldError } from '../../services/validation/form-errors.ts'

export interface KnownFactsValues {
  customerReferenceNumber: string
  nationalInsuranceNumber: string
  'dateOfBirth-day': string
  'dateOfBirth-month': string
  'dateOfBirth-year': string
  referenceName: string
}

export const REFERENCE_NAME_MAX = 60

/** Checks the enrolment form, accepting spaces in the reference numbers and any case in the NINO. */
export function validateKnownFacts(
  body: Record<string, unknown> | undefined,
  today: Date,
): { values: KnownFactsValues; facts?: KnownFacts; errors: FieldError[] } {
  const values: KnownFactsValues = {
    customerReferenceNumber: textField(body, 'customerReferenceNumber'),
    nationalInsuranceNumber: textField(body, 'nationalInsuranceNumber'),
    'dateOfBirth-day': textField(body, 'dateOfBirth-day'),
    'dateOfBirth-month': textField(body, 'dateOfBirth-month'),
    'dateOfBirth-year': textField(body, 'dateOfBirth-year'),
    referenceName: textField(body, 'referenceName'),
  }
  const errors: FieldError[] = []
  const prefix = 'gateway:knownFacts.errors'
  const crn = normaliseCustomerReferenceNumber(values.customerReferenceNumber)
  if (crn === '') errors.push({ field: 'customerReferenceNumber', key: `${prefix}.crnMissing` })
  else if (!isCustomerReferenceNumber(crn))
    errors.push({ field: 'customerReferenceNumber', key: `${prefix}.crnFormat` })
  const nino = normaliseNationalInsuranceNumber(values.nationalInsuranceNumber)
  if (nino === '') errors.push({ field: 'nationalInsuranceNumber', key: `${prefix}.ninoMissing` })
  else if (!isNationalInsuranceNumber(nino))
    errors.push({ field: 'nationalInsuranceNumber', key: `${prefix}.ninoFormat` })
  const dateOfBirth = parseDateInput(
    'dateOfBirth',
    { day: values['dateOfBirth-day'], month: values['dateOfBirth-month'], year: values['dateOfBirth-year'] },
    `${prefix}.dateOfBirth`,
    { mustBePast: today },
  )
  if (dateOfBirth.error) errors.push(dateOfBirth.error)
  if (values.referenceName.length > REFERENCE_NAME_MAX)
    errors.push({ field: 'referenceName', key: `${prefix}.referenceNameTooLong` })
  if (errors.length > 0 || !dateOfBirth.value) return { values, errors }
  return {
    values,
    errors,
    facts: {
      customerReferenceNumber: crn,
      nationalInsuranceNumber: nino,
      dateOfBirth: dateOfBirth.value,
      referenceName: values.referenceName || null,
    },
  }
}
