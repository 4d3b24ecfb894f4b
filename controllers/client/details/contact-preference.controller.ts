import type { RequestHandler } from 'express'
import type { ClientModel } from '../../../models/client.model.ts'
import type { ClientUrls } from '../../../routes/paths.ts'
import type { ContactDetailsService } from '../../../services/details/contact-details.service.ts'
import { contactPreferenceProblem, contactPreferences } from '../../../services/rules/contact-preferences.ts'
import type { ClientRow } from '../../../types/knex-tables.d.ts'
import { textField } from '../../../services/validation/fields.ts'
import { emptyFormErrors, formatErrors } from '../../../services/validation/form-errors.ts'
import { signedInClientRecord } from './client-record.ts'
import { setNotice } from './notice.ts'

const view = 'pages/client/details/contact-preference'

function contactFacts(row: ClientRow) {
  return {
    registeredSelfServiceUser: row.identity_account_id !== null && Boolean(row.self_service),
    hasEmail: Boolean(row.email),
    hasPhone: Boolean(row.phone_home || row.phone_mobile || row.phone_work),
  }
}

export function get(clients: ClientModel): RequestHandler {
  return async (req, res) => {
    const row = await signedInClientRecord(req, clients)
    res.render(view, {
      options: contactPreferences,
      values: { contactPreference: row.contact_preference },
      errors: emptyFormErrors(),
    })
  }
}

/** How we contact the client. Self-service only for a registered self-service user (the seed's rule). */
export function post(clients: ClientModel, contactDetails: ContactDetailsService): RequestHandler {
  return async (req, res) => {
    const chosen = textField(req.body as Record<string, unknown>, 'contactPreference')
    const row = await signedInClientRecord(req, clients)
    const problem = contactPreferenceProblem(chosen, contactFacts(row))
    if (problem) {
      const errors = formatErrors([{ field: 'contactPreference', key: `details:preference.errors.${problem}` }], req.t)
      res.status(400).render(view, { options: contactPreferences, values: { contactPreference: chosen }, errors })
      return
    }
    await contactDetails.change(row, 'contact_preference_changed', { contact_preference: chosen })
    setNotice(req, 'details:contact.updated.preference')
    res.redirect((res.locals.urls as ClientUrls).contactDetails)
  }
}
