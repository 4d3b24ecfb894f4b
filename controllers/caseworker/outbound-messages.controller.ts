import type { RequestHandler } from 'express'
import type { ClientModel } from '../../models/client.model.ts'
import type { OutboundMessageModel } from '../../models/outbound-message.model.ts'
import { heldRoles } from '../../middleware/special-client-records.ts'
import { takeFlash } from '../../middleware/staff-status.ts'
import { caseworkerPaths } from '../../routes/paths.ts'
import { canResend, type NotificationResender } from '../../services/caseworker/notification-resender.ts'
import type { SpecialClientRecordsService } from '../../services/caseworker/special-client-records.ts'
import { renderNotFound } from './not-found.ts'

/**
 * The emails and texts the notifications adapter sent or kept: where the embedded outbox is read. A
 * message to a special client record shows, to staff without the profile, the record's CRN only: no
 * address, subject or text (they name the client), and no resend.
 */
export function get(
  outbox: OutboundMessageModel,
  clients: ClientModel,
  records: SpecialClientRecordsService,
): RequestHandler {
  return async (req, res) => {
    const latest = await outbox.latest(100)
    const clientIds = latest.flatMap(message => (message.client_id === null ? [] : [message.client_id]))
    const hidden = await records.hiddenFrom(heldRoles(res), clientIds)
    const restricted = new Map(
      (await clients.findByIds([...hidden])).map(row => [row.id, row.customer_reference_number]),
    )
    const messages = latest.map(message =>
      message.client_id !== null && hidden.has(message.client_id)
        ? {
            id: message.id,
            channel: message.channel,
            status: message.status,
            created_at: message.created_at,
            restricted: { first_name: '', last_name: '', customer_reference_number: restricted.get(message.client_id) },
          }
        : { ...message, resendable: canResend(message) },
    )
    res.render('pages/caseworker/outbound-messages', { messages, flash: takeFlash(req) })
  }
}

/** "Resend": a copy of a message a client says they did not get, to the same address. */
export function postResend(
  outbox: OutboundMessageModel,
  resender: NotificationResender,
  records: SpecialClientRecordsService,
): RequestHandler {
  return async (req, res) => {
    const id = Number(req.params.messageId)
    const message = Number.isSafeInteger(id) && id > 0 ? await outbox.findById(id) : undefined
    if (!message) {
      renderNotFound(res)
      return
    }
    const staffId = req.session.staff!.staffId
    if (message.client_id !== null && (await records.hiddenFrom(heldRoles(res), [message.client_id])).size > 0) {
      await records.refusedAccess(message.client_id, staffId, req.originalUrl)
      res.status(403).render('pages/caseworker/restricted-record')
      return
    }
    const resent = await resender.resend(message, staffId)
    req.session.flash = resent
      ? `A copy was sent to ${message.recipient}.`
      : 'This message cannot be resent: it was not sent to a client, or it was a one-time sign-in code.'
    res.redirect(caseworkerPaths.outboundMessages)
  }
}
