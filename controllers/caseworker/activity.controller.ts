import type { Request, RequestHandler, Response } from 'express'
import type { Activities, Activity } from '../../models/activity.model.ts'
import type { AuditLog } from '../../models/audit.model.ts'
import type { ClientModel } from '../../models/client.model.ts'
import type { Documents } from '../../models/document.model.ts'
import { takeFlash } from '../../middleware/staff-status.ts'
import { caseworkerPaths, pathTo } from '../../routes/paths.ts'
import { NOTE_MAX, type ActivityActions } from '../../services/caseworker/activity-actions.ts'
import { describeActivity } from '../../services/caseworker/activity-labels.ts'
import { canRespondByEmail, telephoneInstead } from '../../services/caseworker/email-response-rules.ts'
import type { Clock } from '../../services/clock.ts'
import { textField } from '../../services/validation/fields.ts'
import type { FieldError } from '../../services/validation/form-errors.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'
import { activityFromPath } from './activity-record.ts'
import { recordClientView } from './record-view.ts'

export interface ActivityPageParts {
  clients: ClientModel
  activities: Activities
  documents: Documents
  auditLog: AuditLog
  actions: ActivityActions
  clock: Clock
}

const activityUrl = (activity: Activity) =>
  pathTo(caseworkerPaths.activity, { clientId: activity.clientId, activityId: activity.id })

async function renderActivity(
  parts: ActivityPageParts,
  req: Request,
  res: Response,
  found: { client: ClientRow; activity: Activity },
  form: { status?: number; errors?: FieldError[]; values?: Record<string, string> } = {},
) {
  const { client, activity } = found
  const documents = (await parts.documents.listForMessage(activity.id)).filter(
    document => document.ownerClientId === client.id,
  )
  res.status(form.status ?? 200).render('pages/caseworker/activities/activity', {
    client,
    activity: describeActivity(activity, parts.clock.now()),
    documents,
    notes: await parts.activities.notesFor(activity.id),
    emailResponse: canRespondByEmail(client, activity),
    telephoneInstead,
    noteMax: NOTE_MAX,
    values: form.values ?? {},
    errors: staffFormErrors(form.errors ?? []),
    flash: takeFlash(req),
  })
}

/** One activity: its details, documents, notes, and the actions a caseworker can take. */
export function get(parts: ActivityPageParts): RequestHandler {
  return async (req, res) => {
    const found = await activityFromPath(req, res, parts.clients, parts.activities)
    if (!found) return
    await recordClientView(parts.auditLog, req, {
      action: 'client_activity_viewed',
      clientId: found.client.id,
      details: { activityId: found.activity.id },
    })
    await renderActivity(parts, req, res, found)
  }
}

export function postNote(parts: ActivityPageParts): RequestHandler {
  return async (req, res) => {
    const found = await activityFromPath(req, res, parts.clients, parts.activities)
    if (!found) return
    const note = textField(req.body as Record<string, unknown>, 'note')
    const errors: FieldError[] = []
    if (note === '') errors.push({ field: 'note', key: 'Enter a note' })
    else if (note.length > NOTE_MAX) errors.push({ field: 'note', key: `Note must be ${NOTE_MAX} characters or fewer` })
    if (errors.length > 0) {
      await renderActivity(parts, req, res, found, { status: 400, errors, values: { note } })
      return
    }
    await parts.actions.addNote(found.activity, note, req.session.staff!.staffId)
    req.session.flash = 'Note added.'
    res.redirect(activityUrl(found.activity))
  }
}

export function postDone(parts: ActivityPageParts): RequestHandler {
  return async (req, res) => {
    const found = await activityFromPath(req, res, parts.clients, parts.activities)
    if (!found) return
    const marked = await parts.actions.markDone(found.activity, req.session.staff!.staffId)
    req.session.flash = marked ? 'The activity is marked as done.' : 'The activity was already done.'
    res.redirect(activityUrl(found.activity))
  }
}
