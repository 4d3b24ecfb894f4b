import type { RequestHandler } from 'express'
import type { ClientModel } from '../../../models/client.model.ts'
import type { ClientUrls } from '../../../routes/paths.ts'
import { checkAddressForm, type AddressValues } from '../../../services/changes-of-circumstances/address-form.ts'
import type { ChangeOfAddress } from '../../../services/changes-of-circumstances/requested-changes.ts'
import type { ClientRow } from '../../../types/knex-tables.d.ts'
import { emptyFormErrors, formatErrors } from '../../../services/validation/form-errors.ts'
import { addressColumnPrefix, addressTypeOf, addressUrls } from './address-type.ts'
import { signedInClientRecord } from './client-record.ts'

const view = 'pages/client/details/enter-address'

function currentAddress(row: ClientRow, prefix: 'address' | 'postal_address'): ChangeOfAddress['address'] | null {
  if (!row[`${prefix}_line_1`]) return null
  return {
    line1: row[`${prefix}_line_1`] ?? '',
    line2: row[`${prefix}_line_2`],
    town: row[`${prefix}_town`] ?? '',
    county: row[`${prefix}_county`],
    postcode: row[`${prefix}_postcode`] ?? '',
    country: row[`${prefix}_country`] ?? '',
  }
}

/** Enter the address manually: the form, filled from a change not yet sent, or the postcode searched for. */
export function get(): RequestHandler {
  return (req, res, next) => {
    const addressType = addressTypeOf(req)
    if (!addressType) return next()
    const pending = req.session.pendingChange
    const typed =
      pending?.requestType === 'change_of_address' &&
      (pending.requestedChange as ChangeOfAddress).addressType === addressType
        ? (pending.requestedChange as ChangeOfAddress).address
        : undefined
    const lookup = req.session.addressLookup
    const values: AddressValues = {
      line1: typed?.line1 ?? '',
      line2: typed?.line2 ?? '',
      town: typed?.town ?? '',
      county: typed?.county ?? '',
      postcode: typed?.postcode ?? (lookup?.addressType === addressType ? lookup.postcode : ''),
      country: typed?.country ?? 'United Kingdom',
    }
    res.render(view, { addressType, addressUrls: addressUrls(res, addressType), values, errors: emptyFormErrors() })
  }
}

/** A typed address is not applied: it is checked, then sent as a service request from the check-answers page. */
export function post(clients: ClientModel): RequestHandler {
  return async (req, res, next) => {
    const addressType = addressTypeOf(req)
    if (!addressType) return next()
    const { values, errors, address } = checkAddressForm(req.body as Record<string, unknown>)
    if (!address) {
      res.status(400).render(view, {
        addressType,
        addressUrls: addressUrls(res, addressType),
        values,
        errors: formatErrors(errors, req.t),
      })
      return
    }
    const row = await signedInClientRecord(req, clients)
    const current = currentAddress(row, addressColumnPrefix(addressType))
    req.session.pendingChange = {
      requestType: 'change_of_address',
      caseId: null,
      requestedChange: { addressType, address },
      currentValues: current ? { addressType, address: current } : null,
      documentIds: [],
    }
    res.redirect((res.locals.urls as ClientUrls).checkChange)
  }
}
