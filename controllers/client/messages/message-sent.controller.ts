import type { RequestHandler } from 'express'
import type { Activities } from '../../../models/activity.model.ts'
import type { ClientSummary } from '../../../models/client.model.ts'

/** The confirmation of a sent message, with its reference: only the client's own message, else 404. */
export function get(activities: Activities): RequestHandler {
  return async (req, res, next) => {
    const client = res.locals.client as ClientSummary
    const messageId = Number(req.params.messageId)
    const message = Number.isSafeInteger(messageId) ? await activities.findForClient(client.id, messageId) : undefined
    if (message?.activityType !== 'inbound_message') {
      next()
      return
    }
    res.render('pages/client/messages/message-sent', { reference: message.reference })
  }
}
