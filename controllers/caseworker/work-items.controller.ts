import type { RequestHandler } from 'express'
import { activityTypes, type Activities, type ActivityType } from '../../models/activity.model.ts'
import type { ClientModel } from '../../models/client.model.ts'
import { activityTypeNames, describeActivity } from '../../services/caseworker/activity-labels.ts'
import type { Clock } from '../../services/clock.ts'
import { textField } from '../../services/validation/fields.ts'

/** The team queue: every open activity across clients, oldest first, overdue messages tagged. */
export function get(activities: Activities, clients: ClientModel, clock: Clock): RequestHandler {
  return async (req, res) => {
    const type = textField(req.query, 'type') as ActivityType
    const chosen = activityTypes.includes(type) ? type : undefined
    const now = clock.now()
    const open = (await activities.listOpen(500, chosen ? [chosen] : [])).map(activity =>
      describeActivity(activity, now),
    )
    const named = new Map((await clients.findByIds(open.map(item => item.clientId))).map(row => [row.id, row]))
    res.render('pages/caseworker/work-items', {
      type: chosen ?? '',
      typeNames: activityTypeNames,
      items: open.map(item => ({ ...item, client: named.get(item.clientId) })),
      overdueCount: open.filter(item => item.overdue).length,
    })
  }
}
