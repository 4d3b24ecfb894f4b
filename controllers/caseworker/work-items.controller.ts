import type { RequestHandler } from 'express'
import { activityTypes, type Activities, type ActivityType } from '../../models/activity.model.ts'
import type { ClientModel } from '../../models/client.model.ts'
import { activityTypeNames, describeActivity } from '../../services/caseworker/activity-labels.ts'
import type { Clock } from '../../services/clock.ts'
import { heldRoles } from '../../middleware/special-client-records.ts'
import type { SpecialClientRecordsService } from '../../services/caseworker/special-client-records.ts'
import { textField } from '../../services/validation/fields.ts'

/**
 * The team queue: every open activity across clients, oldest first, overdue messages tagged. A special
 * client record's items show, to staff without the profile, its CRN only: no name, subject or link.
 */
export function get(
  activities: Activities,
  clients: ClientModel,
  clock: Clock,
  records: SpecialClientRecordsService,
): RequestHandler {
  return async (req, res) => {
    const type = textField(req.query, 'type') as ActivityType
    const chosen = activityTypes.includes(type) ? type : undefined
    const now = clock.now()
    const open = (await activities.listOpen(500, chosen ? [chosen] : [])).map(activity =>
      describeActivity(activity, now),
    )
    const clientIds = open.map(item => item.clientId)
    const named = new Map((await clients.findByIds(clientIds)).map(row => [row.id, row]))
    const hidden = await records.hiddenFrom(heldRoles(res), clientIds)
    res.render('pages/caseworker/work-items', {
      type: chosen ?? '',
      typeNames: activityTypeNames,
      items: open.map(item => ({ ...item, client: named.get(item.clientId), restricted: hidden.has(item.clientId) })),
      overdueCount: open.filter(item => item.overdue).length,
    })
  }
}
