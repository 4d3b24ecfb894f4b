import type { RequestHandler } from 'express'
import type { OutboundMessageModel } from '../../models/outbound-message.model.ts'

/** The emails and texts the notifications adapter sent or kept: where the embedded outbox is read. */
export function get(outbox: OutboundMessageModel): RequestHandler {
  return async (_req, res) => {
    res.render('pages/caseworker/outbound-messages', { messages: await outbox.latest(100) })
  }
}
