import type { RequestHandler } from 'express'
import type { ClientCases } from '../../../models/client-cases.model.ts'
import type { ClientModel } from '../../../models/client.model.ts'
import { maskNationalInsuranceNumber } from '../../../services/rules/masking.ts'
import { signedInClientRecord } from './client-record.ts'

/**
 * My personal details, read-only but for the name: the real name (never a "known as" name), date of
 * birth, gender, the National Insurance number partly masked, and the children on each case.
 */
export function get(clients: ClientModel, cases: ClientCases): RequestHandler {
  return async (req, res) => {
    const row = await signedInClientRecord(req, clients)
    res.render('pages/client/details/personal-details', {
      personal: {
        name: [row.title, row.first_name, row.last_name].filter(Boolean).join(' '),
        dateOfBirth: row.date_of_birth,
        gender: row.gender,
        nationalInsuranceNumber: maskNationalInsuranceNumber(row.national_insurance_number),
      },
      cases: await cases.casesFor(row.id),
    })
  }
}
