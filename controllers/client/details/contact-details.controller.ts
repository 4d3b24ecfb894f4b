import type { RequestHandler } from 'express'
import type { ClientModel } from '../../../models/client.model.ts'
import type { ClientRow } from '../../../types/knex-tables.d.ts'
import { addressUrls } from './address-type.ts'
import { signedInClientRecord } from './client-record.ts'
import { takeNotice } from './notice.ts'

function addressLines(row: ClientRow, prefix: 'address' | 'postal_address'): string[] {
  return (['line_1', 'line_2', 'town', 'county', 'postcode', 'country'] as const)
    .map(part => row[`${prefix}_${part}`])
    .filter((line): line is string => Boolean(line))
}

/** My contact details: phone numbers, email, addresses, contact preference and text updates, each with a Change link. */
export function get(clients: ClientModel): RequestHandler {
  return async (req, res) => {
    const row = await signedInClientRecord(req, clients)
    res.render('pages/client/details/contact-details', {
      notice: takeNotice(req),
      changeAddress: { home: addressUrls(res, 'home').find, postal: addressUrls(res, 'postal').find },
      contact: {
        phoneHome: row.phone_home,
        phoneMobile: row.phone_mobile,
        phoneWork: row.phone_work,
        email: row.email,
        homeAddress: addressLines(row, 'address'),
        postalAddress: addressLines(row, 'postal_address'),
        contactPreference: row.contact_preference,
        textUpdates: Boolean(row.sms_opt_in),
      },
    })
  }
}
