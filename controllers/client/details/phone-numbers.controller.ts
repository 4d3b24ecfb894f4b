import type { RequestHandler } from 'express'
import type { ClientModel } from '../../../models/client.model.ts'
import type { ClientUrls } from '../../../routes/paths.ts'
import type { ContactDetailsService } from '../../../services/details/contact-details.service.ts'
import { checkPhoneNumber } from '../../../services/rules/phone-numbers.ts'
import { textField } from '../../../services/validation/fields.ts'
import { emptyFormErrors, formatErrors, type FieldError } from '../../../services/validation/form-errors.ts'
import { signedInClientRecord } from './client-record.ts'
import { setNotice } from './notice.ts'

const view = 'pages/client/details/phone-numbers'
const fields = ['phoneHome', 'phoneMobile', 'phoneWork'] as const
type PhoneField = (typeof fields)[number]

export function get(clients: ClientModel): RequestHandler {
  return async (req, res) => {
    const row = await signedInClientRecord(req, clients)
    const values = {
      phoneHome: row.phone_home ?? '',
      phoneMobile: row.phone_mobile ?? '',
      phoneWork: row.phone_work ?? '',
    }
    res.render(view, { values, errors: emptyFormErrors() })
  }
}

/** Home, mobile and work numbers, each optional; a blank field removes that number. Applied at once. */
export function post(clients: ClientModel, contactDetails: ContactDetailsService): RequestHandler {
  return async (req, res) => {
    const body = req.body as Record<string, unknown>
    const values = Object.fromEntries(fields.map(field => [field, textField(body, field)])) as Record<
      PhoneField,
      string
    >
    const row = await signedInClientRecord(req, clients)
    const errors: FieldError[] = []
    const stored: Partial<Record<PhoneField, string | null>> = {}
    if (
      values.phoneHome === '' &&
      values.phoneMobile === '' &&
      values.phoneWork === '' &&
      row.contact_preference === 'telephone'
    )
      errors.push({ field: 'phoneHome', key: 'details:phoneNumbers.errors.neededForTelephone' })
    for (const field of fields) {
      if (values[field] === '') {
        stored[field] = null
        continue
      }
      const checked = checkPhoneNumber(values[field], { mustBeMobile: field === 'phoneMobile' })
      if ('problem' in checked) errors.push({ field, key: `details:phoneNumbers.errors.${field}.${checked.problem}` })
      else stored[field] = checked.number.stored
    }
    if (values.phoneMobile === '' && row.sms_opt_in)
      errors.push({ field: 'phoneMobile', key: 'details:phoneNumbers.errors.phoneMobile.neededForTexts' })
    if (errors.length > 0) {
      res.status(400).render(view, { values, errors: formatErrors(errors, req.t) })
      return
    }
    await contactDetails.change(row, 'phone_numbers_changed', {
      phone_home: stored.phoneHome ?? null,
      phone_mobile: stored.phoneMobile ?? null,
      phone_work: stored.phoneWork ?? null,
    })
    setNotice(req, 'details:contact.updated.phoneNumbers')
    res.redirect((res.locals.urls as ClientUrls).contactDetails)
  }
}
