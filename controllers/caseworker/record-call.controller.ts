import type { RequestHandler } from 'express'
import type { ClientModel } from '../../models/client.model.ts'
import { caseworkerPaths, pathTo } from '../../routes/paths.ts'
import {
  CALL_NOTES_MAX,
  readCall,
  supportTeamReasons,
  type CallRecorder,
} from '../../services/caseworker/call-record.ts'
import { textField } from '../../services/validation/fields.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { clientFromPath } from './client-record.ts'

const view = 'pages/caseworker/record-call'

/** "Record a call": the reason in free-text notes, any referral to the Self Service Support Team; status Done. */
export function get(clients: ClientModel): RequestHandler {
  return async (req, res) => {
    const client = await clientFromPath(req, res, clients)
    if (!client) return
    res.render(view, {
      client,
      reasons: supportTeamReasons,
      notesMax: CALL_NOTES_MAX,
      values: {},
      errors: staffFormErrors([]),
    })
  }
}

export function post(clients: ClientModel, recorder: CallRecorder): RequestHandler {
  return async (req, res) => {
    const client = await clientFromPath(req, res, clients)
    if (!client) return
    const body = req.body as Record<string, unknown>
    const { call, errors } = readCall(body)
    if (!call) {
      const values = Object.fromEntries(
        ['direction', 'referred', 'referralReason', 'notes'].map(name => [name, textField(body, name)]),
      )
      res.status(400).render(view, {
        client,
        reasons: supportTeamReasons,
        notesMax: CALL_NOTES_MAX,
        values,
        errors: staffFormErrors(errors),
      })
      return
    }
    await recorder.record(client.id, call, req.session.staff!.staffId)
    req.session.flash = 'The call is recorded as done.'
    res.redirect(pathTo(caseworkerPaths.activities, { clientId: client.id }))
  }
}
