import type { RequestHandler } from 'express'
import type { ClientModel } from '../../../models/client.model.ts'
import type { ClientUrls } from '../../../routes/paths.ts'
import type { ContactDetailsService } from '../../../services/details/contact-details.service.ts'
import { textUpdatesProblem } from '../../../services/rules/contact-preferences.ts'
import { textField } from '../../../services/validation/fields.ts'
import { emptyFormErrors, formatErrors } from '../../../services/validation/form-errors.ts'
import { signedInClientRecord } from './client-record.ts'
import { setNotice } from './notice.ts'

const view = 'pages/client/details/text-updates'

export function get(clients: ClientModel): RequestHandler {
  return async (req, res) => {
    const row = await signedInClientRecord(req, clients)
    const values = { textUpdates: row.sms_opt_in ? 'yes' : 'no' }
    res.render(view, { values, mobile: row.phone_mobile, errors: emptyFormErrors() })
  }
}

/** SMS text updates, in or out. Opting in needs a mobile number on the record. */
export function post(clients: ClientModel, contactDetails: ContactDetailsService): RequestHandler {
  return async (req, res) => {
    const answer = textField(req.body as Record<string, unknown>, 'textUpdates')
    const row = await signedInClientRecord(req, clients)
    const problem =
      answer !== 'yes' && answer !== 'no' ? 'missing' : textUpdatesProblem(answer === 'yes', Boolean(row.phone_mobile))
    if (problem) {
      const errors = formatErrors([{ field: 'textUpdates', key: `details:textUpdates.errors.${problem}` }], req.t)
      res.status(400).render(view, { values: { textUpdates: answer }, mobile: row.phone_mobile, errors })
      return
    }
    await contactDetails.change(row, 'sms_opt_in_changed', { sms_opt_in: answer === 'yes' })
    setNotice(req, `details:contact.updated.${answer === 'yes' ? 'textUpdatesOn' : 'textUpdatesOff'}`)
    res.redirect((res.locals.urls as ClientUrls).contactDetails)
  }
}
