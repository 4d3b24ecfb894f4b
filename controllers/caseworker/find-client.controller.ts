import type { RequestHandler } from 'express'
import type { ClientModel, ClientSearch } from '../../models/client.model.ts'
import {
  isCustomerReferenceNumber,
  isNationalInsuranceNumber,
  normaliseCustomerReferenceNumber,
  normaliseNationalInsuranceNumber,
} from '../../services/rules/known-facts.ts'
import { parseDateInput } from '../../services/validation/date-input.ts'
import { textField } from '../../services/validation/fields.ts'
import type { FieldError } from '../../services/validation/form-errors.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { heldRoles } from '../../middleware/special-client-records.ts'
import type { SpecialClientRecordsService } from '../../services/caseworker/special-client-records.ts'

const view = 'pages/caseworker/find-client'

type Query = Record<string, unknown>

/** Reads one of the three searches from the query string, or the errors that stop it. */
export function readSearch(query: Query, today: Date): { search?: ClientSearch; errors: FieldError[] } {
  const by = textField(query, 'by')
  if (by === 'crn') {
    const crn = normaliseCustomerReferenceNumber(textField(query, 'customerReferenceNumber'))
    if (crn === '') return { errors: [{ field: 'customerReferenceNumber', key: 'Enter a Customer Reference Number' }] }
    if (!isCustomerReferenceNumber(crn))
      return { errors: [{ field: 'customerReferenceNumber', key: 'Customer Reference Number must be 12 digits' }] }
    return { search: { by, customerReferenceNumber: crn }, errors: [] }
  }
  if (by === 'nino') {
    const nino = normaliseNationalInsuranceNumber(textField(query, 'nationalInsuranceNumber'))
    if (nino === '') return { errors: [{ field: 'nationalInsuranceNumber', key: 'Enter a National Insurance number' }] }
    if (!isNationalInsuranceNumber(nino))
      return {
        errors: [{ field: 'nationalInsuranceNumber', key: 'Enter a National Insurance number in the correct format' }],
      }
    return { search: { by, nationalInsuranceNumber: nino }, errors: [] }
  }
  const errors: FieldError[] = []
  const lastName = textField(query, 'lastName')
  if (lastName === '') errors.push({ field: 'lastName', key: 'Enter a surname' })
  const dateOfBirth = parseDateInput(
    'dateOfBirth',
    {
      day: textField(query, 'dateOfBirth-day'),
      month: textField(query, 'dateOfBirth-month'),
      year: textField(query, 'dateOfBirth-year'),
    },
    'gateway:knownFacts.errors.dateOfBirth',
    { mustBePast: today },
  )
  if (dateOfBirth.error) errors.push(dateOfBirth.error)
  if (errors.length > 0 || !dateOfBirth.value) return { errors }
  return { search: { by: 'name', lastName, dateOfBirth: dateOfBirth.value }, errors }
}

/**
 * Find a client by Customer Reference Number, National Insurance number, or surname with date of
 * birth. A special client record is listed, but to staff without the profile by its CRN only.
 */
export function get(clients: ClientModel, today: () => Date, records: SpecialClientRecordsService): RequestHandler {
  return async (req, res) => {
    const query = req.query as Query
    const values = Object.fromEntries(Object.entries(query).filter(([, value]) => typeof value === 'string'))
    if (!textField(query, 'by')) {
      res.render(view, { values, errors: staffFormErrors([]) })
      return
    }
    const { search, errors } = readSearch(query, today())
    if (!search) {
      res.status(400).render(view, { values, errors: staffFormErrors(errors, req.t) })
      return
    }
    res.render(view, {
      values,
      errors: staffFormErrors([]),
      results: await records.screenSearchResults(await clients.search(search), heldRoles(res)),
      searchedBy: search.by,
    })
  }
}
