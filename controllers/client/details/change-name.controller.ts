import type { RequestHandler } from 'express'
import type { ClientModel } from '../../../models/client.model.ts'
import type { ClientUrls } from '../../../routes/paths.ts'
import { checkNameForm, type NameValues } from '../../../services/changes-of-circumstances/name-form.ts'
import type { ChangeOfName } from '../../../services/changes-of-circumstances/requested-changes.ts'
import type { ClientRow } from '../../../types/knex-tables.d.ts'
import { emptyFormErrors, formatErrors } from '../../../services/validation/form-errors.ts'
import { signedInClientRecord } from './client-record.ts'

const view = 'pages/client/details/change-name'

function currentName(row: ClientRow): ChangeOfName {
  return { title: row.title, firstName: row.first_name, lastName: row.last_name }
}

/** Change your name: filled with a change not yet sent, or the name we have now. */
export function get(clients: ClientModel): RequestHandler {
  return async (req, res) => {
    const pending = req.session.pendingChange
    const name =
      pending?.requestType === 'change_of_name'
        ? (pending.requestedChange as ChangeOfName)
        : currentName(await signedInClientRecord(req, clients))
    const values: NameValues = { title: name.title ?? '', firstName: name.firstName, lastName: name.lastName }
    res.render(view, { values, errors: emptyFormErrors() })
  }
}

/** A change of name is never applied here: it goes to a caseworker as a service request, after the check page. */
export function post(clients: ClientModel): RequestHandler {
  return async (req, res) => {
    const row = await signedInClientRecord(req, clients)
    const current = currentName(row)
    const { values, errors, name } = checkNameForm(req.body as Record<string, unknown>, current)
    if (!name) {
      res.status(400).render(view, { values, errors: formatErrors(errors, req.t) })
      return
    }
    req.session.pendingChange = {
      requestType: 'change_of_name',
      caseId: null,
      requestedChange: name,
      currentValues: { ...current },
      documentIds: [],
    }
    res.redirect((res.locals.urls as ClientUrls).checkChange)
  }
}
