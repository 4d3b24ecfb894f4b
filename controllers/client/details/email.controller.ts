import type { RequestHandler } from 'express'
import type { ClientModel } from '../../../models/client.model.ts'
import type { ClientUrls } from '../../../routes/paths.ts'
import type { ContactDetailsService } from '../../../services/details/contact-details.service.ts'
import { isEmailAddress, textField } from '../../../services/validation/fields.ts'
import { emptyFormErrors, formatErrors } from '../../../services/validation/form-errors.ts'
import { signedInClientRecord } from './client-record.ts'
import { setNotice } from './notice.ts'

const view = 'pages/client/details/email'

export function get(clients: ClientModel): RequestHandler {
  return async (req, res) => {
    const row = await signedInClientRecord(req, clients)
    res.render(view, { values: { email: row.email ?? '' }, errors: emptyFormErrors() })
  }
}

/** The email address: needed (letters-waiting emails and sign-in codes go to it), so it can be changed but not removed. */
export function post(clients: ClientModel, contactDetails: ContactDetailsService): RequestHandler {
  return async (req, res) => {
    const email = textField(req.body as Record<string, unknown>, 'email')
    const problem = email === '' ? 'missing' : !isEmailAddress(email) ? 'format' : undefined
    if (problem) {
      const errors = formatErrors([{ field: 'email', key: `details:email.errors.${problem}` }], req.t)
      res.status(400).render(view, { values: { email }, errors })
      return
    }
    await contactDetails.change(await signedInClientRecord(req, clients), 'email_changed', { email })
    setNotice(req, 'details:contact.updated.email')
    res.redirect((res.locals.urls as ClientUrls).contactDetails)
  }
}
