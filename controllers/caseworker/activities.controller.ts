import type { RequestHandler } from 'express'
import { activityTypes, type Activities, type ActivityFilter, type ActivityType } from '../../models/activity.model.ts'
import type { AuditLog } from '../../models/audit.model.ts'
import type { ClientModel } from '../../models/client.model.ts'
import { takeFlash } from '../../middleware/staff-status.ts'
import type { Clock } from '../../services/clock.ts'
import { activityTypeNames, describeActivity } from '../../services/caseworker/activity-labels.ts'
import { ukDaysRange } from '../../services/rules/uk-day-bounds.ts'
import { textField } from '../../services/validation/fields.ts'
import type { FieldError } from '../../services/validation/form-errors.ts'
import { readStaffDate } from '../../services/validation/staff-date-input.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { clientFromPath } from './client-record.ts'
import { recordClientView } from './record-view.ts'

type Query = Record<string, unknown>

/** The filters from the query string, or the errors in its dates. */
export function readActivityFilter(query: Query): { filter: ActivityFilter; errors: FieldError[] } {
  const type = textField(query, 'type') as ActivityType
  const direction = textField(query, 'direction')
  const from = readStaffDate(query, 'from', 'From date', { optional: true })
  const to = readStaffDate(query, 'to', 'To date', { optional: true })
  const errors = [from.error, to.error].filter((error): error is FieldError => error !== undefined)
  if (errors.length === 0 && from.value && to.value && to.value < from.value)
    errors.push({ field: 'to', href: 'to-day', key: 'To date must be the same as or after the from date' })
  return {
    filter: {
      types: activityTypes.includes(type) ? [type] : undefined,
      direction: direction === 'inbound' || direction === 'outbound' ? direction : undefined,
      ...ukDaysRange(from.value, to.value),
      openOnly: textField(query, 'openOnly') === 'yes',
    },
    errors,
  }
}

/** A client's activities, newest first, filtered by type, direction, dates and whether still open. */
export function get(clients: ClientModel, activities: Activities, auditLog: AuditLog, clock: Clock): RequestHandler {
  return async (req, res) => {
    const client = await clientFromPath(req, res, clients)
    if (!client) return
    await recordClientView(auditLog, req, { action: 'client_activities_viewed', clientId: client.id })
    const query = req.query as Query
    const values = Object.fromEntries(Object.entries(query).filter(([, value]) => typeof value === 'string'))
    const { filter, errors } = readActivityFilter(query)
    const now = clock.now()
    const list = errors.length > 0 ? [] : await activities.listForClient(client.id, filter)
    res.status(errors.length > 0 ? 400 : 200).render('pages/caseworker/activities/list', {
      client,
      values,
      errors: staffFormErrors(errors),
      typeNames: activityTypeNames,
      activities: list.map(activity => describeActivity(activity, now)),
      flash: takeFlash(req),
    })
  }
}
