import type { Request, RequestHandler, Response } from 'express'
import type { ClientModel } from '../../../models/client.model.ts'
import type { ClientUrls } from '../../../routes/paths.ts'
import {
  AddressLookupUnavailable,
  type AddressLookup,
  type LookupAddress,
} from '../../../services/address-lookup/address-lookup.ts'
import type { AddressType } from '../../../services/changes-of-circumstances/requested-changes.ts'
import type { ContactDetailsService } from '../../../services/details/contact-details.service.ts'
import { textField } from '../../../services/validation/fields.ts'
import { emptyFormErrors, formatErrors, type FormErrors } from '../../../services/validation/form-errors.ts'
import { addressColumnPrefix, addressTypeOf, addressUrls } from './address-type.ts'
import { signedInClientRecord } from './client-record.ts'
import { setNotice } from './notice.ts'

const view = 'pages/client/details/choose-address'

/** The addresses at the searched postcode; null when the lookup could not answer. */
async function search(lookup: AddressLookup, postcode: string): Promise<LookupAddress[] | null> {
  try {
    return await lookup.findByPostcode(postcode)
  } catch (error) {
    if (error instanceof AddressLookupUnavailable) return null
    throw error
  }
}

function render(
  res: Response,
  addressType: AddressType,
  postcode: string,
  addresses: LookupAddress[] | null,
  errors: FormErrors,
  status = 200,
) {
  res
    .status(status)
    .render(view, { addressType, addressUrls: addressUrls(res, addressType), postcode, addresses, errors })
}

/** The search in progress for this address type, or undefined (the client starts again at the postcode). */
function searchedPostcode(req: Request, addressType: AddressType): string | undefined {
  const lookup = req.session.addressLookup
  return lookup?.addressType === addressType ? lookup.postcode : undefined
}

/** Choose your address from those at the postcode, or enter it manually. */
export function get(lookup: AddressLookup): RequestHandler {
  return async (req, res, next) => {
    const addressType = addressTypeOf(req)
    if (!addressType) return next()
    const postcode = searchedPostcode(req, addressType)
    if (!postcode) return res.redirect(addressUrls(res, addressType).find)
    render(res, addressType, postcode, await search(lookup, postcode), emptyFormErrors())
  }
}

/** An address chosen from the lookup is an automated change: the record is updated at once and audited. */
export function post(
  clients: ClientModel,
  lookup: AddressLookup,
  contactDetails: ContactDetailsService,
): RequestHandler {
  return async (req, res, next) => {
    const addressType = addressTypeOf(req)
    if (!addressType) return next()
    const postcode = searchedPostcode(req, addressType)
    if (!postcode) return res.redirect(addressUrls(res, addressType).find)
    const addresses = await search(lookup, postcode)
    const chosenId = textField(req.body as Record<string, unknown>, 'addressId')
    const chosen = addresses?.find(address => address.id === chosenId)
    if (!chosen) {
      const errors = formatErrors([{ field: 'addressId', key: 'details:chooseAddress.errors.missing' }], req.t)
      return render(res, addressType, postcode, addresses, errors, 400)
    }
    const prefix = addressColumnPrefix(addressType)
    await contactDetails.change(await signedInClientRecord(req, clients), `${addressType}_address_changed`, {
      [`${prefix}_line_1`]: chosen.line1,
      [`${prefix}_line_2`]: chosen.line2,
      [`${prefix}_town`]: chosen.town,
      [`${prefix}_county`]: chosen.county,
      [`${prefix}_postcode`]: chosen.postcode,
      [`${prefix}_country`]: chosen.country,
    })
    delete req.session.addressLookup
    setNotice(req, `details:contact.updated.${addressType}Address`)
    res.redirect((res.locals.urls as ClientUrls).contactDetails)
  }
}
