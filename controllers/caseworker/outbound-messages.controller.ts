import type { RequestHandler } from 'express'
import type { OutboundMessageModel } from '../../models/outbound-message.model.ts'
import { takeFlash } from '../../middleware/staff-status.ts'
import { caseworkerPaths } from '../../routes/paths.ts'
import { canResend, type NotificationResender } from '../../services/caseworker/notification-resender.ts'
import { renderNotFound } from './not-found.ts'

/** The emails and texts the notifications adapter sent or kept: where the embedded outbox is read. */
export function get(outbox: OutboundMessageModel): RequestHandler {
  return async (req, res) => {
    const messages = (await outbox.latest(100)).map(message => ({ ...message, resendable: canResend(message) }))
    res.render('pages/caseworker/outbound-messages', { messages, flash: takeFlash(req) })
  }
}

/** "Resend": a copy of a message a client says they did not get, to the same address. */
export function postResend(outbox: OutboundMessageModel, resender: NotificationResender): RequestHandler {
  return async (req, res) => {
    const id = Number(req.params.messageId)
    const message = Number.isSafeInteger(id) && id > 0 ? await outbox.findById(id) : undefined
    if (!message) {
      renderNotFound(res)
      return
    }
    const resent = await resender.resend(message, req.session.staff!.staffId)
    req.session.flash = resent
      ? `A copy was sent to ${message.recipient}.`
      : 'This message cannot be resent: it was not sent to a client, or it was a one-time sign-in code.'
    res.redirect(caseworkerPaths.outboundMessages)
  }
}
