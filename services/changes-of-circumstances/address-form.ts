import { normalisePostcode } from '../rules/postcodes.ts'
import { textField } from '../validation/fields.ts'
import type { FieldError } from '../validation/form-errors.ts'
import type { PostalAddress } from './requested-changes.ts'

export const addressFields = ['line1', 'line2', 'town', 'county', 'postcode', 'country'] as const
export type AddressField = (typeof addressFields)[number]
export type AddressValues = Record<AddressField, string>

const MAX_LENGTH = 100
const ukCountries = new Set([
  'united kingdom',
  'uk',
  'great britain',
  'england',
  'wales',
  'scotland',
  'northern ireland',
])

/**
 * An address typed in by hand, checked as GOV.UK address forms check it. A UK address needs a UK
 * postcode, which is stored in its usual form; an address abroad keeps its postal code as typed.
 */
export function checkAddressForm(body: Record<string, unknown> | undefined): {
  values: AddressValues
  errors: FieldError[]
  address?: PostalAddress
} {
  const values = Object.fromEntries(addressFields.map(field => [field, textField(body, field)])) as AddressValues
  const errors: FieldError[] = []
  for (const field of addressFields) {
    if (values[field].length > MAX_LENGTH)
      errors.push({ field, key: `details:enterAddress.errors.${field}TooLong`, values: { max: MAX_LENGTH } })
  }
  if (values.line1 === '') errors.push({ field: 'line1', key: 'details:enterAddress.errors.line1Missing' })
  if (values.town === '') errors.push({ field: 'town', key: 'details:enterAddress.errors.townMissing' })
  const inUk = ukCountries.has(values.country.toLowerCase())
  const postcode = inUk ? normalisePostcode(values.postcode) : values.postcode
  if (values.postcode === '') errors.push({ field: 'postcode', key: 'details:enterAddress.errors.postcodeMissing' })
  else if (!postcode || postcode.length > 10)
    errors.push({ field: 'postcode', key: 'details:enterAddress.errors.postcodeFormat' })
  if (values.country === '') errors.push({ field: 'country', key: 'details:enterAddress.errors.countryMissing' })
  errors.sort((a, b) => addressFields.indexOf(a.field as AddressField) - addressFields.indexOf(b.field as AddressField))
  if (errors.length > 0 || !postcode) return { values, errors }
  return {
    values,
    errors,
    address: {
      line1: values.line1,
      line2: values.line2 || null,
      town: values.town,
      county: values.county || null,
      postcode,
      country: values.country,
    },
  }
}
