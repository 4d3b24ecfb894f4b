import type { RequestHandler } from 'express'
import { normalisePostcode } from '../../../services/rules/postcodes.ts'
import { textField } from '../../../services/validation/fields.ts'
import { emptyFormErrors, formatErrors } from '../../../services/validation/form-errors.ts'
import { addressTypeOf, addressUrls } from './address-type.ts'

const view = 'pages/client/details/find-address'

/** Find an address: the postcode to search for (any case, any spacing). */
export function get(): RequestHandler {
  return (req, res, next) => {
    const addressType = addressTypeOf(req)
    if (!addressType) return next()
    const lookup = req.session.addressLookup
    const postcode = lookup?.addressType === addressType ? lookup.postcode : ''
    res.render(view, {
      addressType,
      addressUrls: addressUrls(res, addressType),
      values: { postcode },
      errors: emptyFormErrors(),
    })
  }
}

export function post(): RequestHandler {
  return (req, res, next) => {
    const addressType = addressTypeOf(req)
    if (!addressType) return next()
    const typed = textField(req.body as Record<string, unknown>, 'postcode')
    const postcode = normalisePostcode(typed)
    if (!postcode) {
      const key = `details:findAddress.errors.${typed === '' ? 'missing' : 'format'}`
      res.status(400).render(view, {
        addressType,
        addressUrls: addressUrls(res, addressType),
        values: { postcode: typed },
        errors: formatErrors([{ field: 'postcode', key }], req.t),
      })
      return
    }
    req.session.addressLookup = { addressType, postcode }
    res.redirect(addressUrls(res, addressType).choose)
  }
}
