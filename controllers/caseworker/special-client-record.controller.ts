import type { RequestHandler } from 'express'
import type { ClientModel } from '../../models/client.model.ts'
import { caseworkerPaths, pathTo } from '../../routes/paths.ts'
import {
  readSpecialRecordForm,
  type SpecialRecordAction,
} from '../../services/caseworker/special-client-record-form.ts'
import {
  SPECIAL_RECORD_REASON_MAX,
  type SpecialClientRecordsService,
} from '../../services/caseworker/special-client-records.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { clientFromPath } from './client-record.ts'

const view = 'pages/caseworker/special-client-record'

/** "Special client record": mark the client (with a reason and a confirmation), or take the mark off. */
export function get(clients: ClientModel, records: SpecialClientRecordsService): RequestHandler {
  return async (req, res) => {
    const client = await clientFromPath(req, res, clients)
    if (!client) return
    const record = await records.find(client.id)
    res.render(view, {
      client,
      record,
      reasonMax: SPECIAL_RECORD_REASON_MAX,
      values: {},
      errors: staffFormErrors([]),
    })
  }
}

export function post(clients: ClientModel, records: SpecialClientRecordsService): RequestHandler {
  return async (req, res) => {
    const client = await clientFromPath(req, res, clients)
    if (!client) return
    const record = await records.find(client.id)
    const action: SpecialRecordAction = record ? 'unmark' : 'mark'
    const { values, errors } = readSpecialRecordForm(req.body as Record<string, unknown>, action)
    if (errors.length > 0) {
      res.status(400).render(view, {
        client,
        record,
        reasonMax: SPECIAL_RECORD_REASON_MAX,
        values,
        errors: staffFormErrors(errors),
      })
      return
    }
    const staffId = req.session.staff!.staffId
    const changed =
      action === 'mark'
        ? await records.mark(client.id, staffId, values.reason)
        : await records.unmark(client.id, staffId, values.reason)
    if (changed)
      req.session.flash =
        action === 'mark'
          ? 'The client is now a special client record. The other party no longer sees their name.'
          : 'The client is no longer a special client record.'
    res.redirect(pathTo(caseworkerPaths.client, { clientId: client.id }))
  }
}
