import type { RequestHandler } from 'express'
import type { Activities } from '../../models/activity.model.ts'
import type { ClientModel } from '../../models/client.model.ts'
import { caseworkerPaths, pathTo } from '../../routes/paths.ts'
import type { LetterIssuer } from '../../services/letters/letter-issuer.ts'
import { activityFromPath } from './activity-record.ts'

/** "Resend this letter", from an outbound letter's activity: a new copy goes the way letters go now. */
export function post(
  clients: ClientModel,
  activities: Activities,
  letters: Pick<LetterIssuer, 'resend'>,
): RequestHandler {
  return async (req, res) => {
    const found = await activityFromPath(req, res, clients, activities)
    if (!found) return
    const { client, activity } = found
    const letterId = activity.activityType === 'outbound_letter' ? activity.letterId : null
    const resent = letterId === null ? undefined : await letters.resend(client.id, letterId, req.session.staff!.staffId)
    req.session.flash = resent
      ? `The letter is sent again, with reference ${resent.reference}.`
      : 'Only a letter the client was sent can be sent again.'
    res.redirect(pathTo(caseworkerPaths.activity, { clientId: client.id, activityId: activity.id }))
  }
}
