import type { RequestHandler } from 'express'
import type { Activities } from '../../models/activity.model.ts'
import type { AuditLog } from '../../models/audit.model.ts'
import type { ClientModel } from '../../models/client.model.ts'
import type { Documents } from '../../models/document.model.ts'
import { renderMessagePdf } from '../../services/caseworker/message-pdf.ts'
import { activityFromPath } from './activity-record.ts'
import { renderNotFound } from './not-found.ts'
import { recordClientView } from './record-view.ts'

/** "View document" for an inbound self-service message: the message itself as a PDF, audit logged. */
export function get(
  clients: ClientModel,
  activities: Activities,
  documents: Documents,
  auditLog: AuditLog,
): RequestHandler {
  return async (req, res) => {
    const found = await activityFromPath(req, res, clients, activities)
    if (!found) return
    const { client, activity } = found
    if (activity.activityType !== 'inbound_message') {
      renderNotFound(res)
      return
    }
    await recordClientView(auditLog, req, {
      action: 'client_message_viewed',
      clientId: client.id,
      details: { activityId: activity.id },
    })
    const attachments = (await documents.listForMessage(activity.id))
      .filter(document => document.ownerClientId === client.id)
      .map(document => document.originalFileName)
    const pdf = await renderMessagePdf({
      clientName: `${client.first_name} ${client.last_name}`,
      customerReferenceNumber: client.customer_reference_number,
      subject: activity.subject,
      receivedAt: activity.createdAt,
      reference: activity.reference,
      body: activity.body ?? '',
      attachments,
    })
    res.type('application/pdf').setHeader('Content-Disposition', `inline; filename="message-${activity.id}.pdf"`)
    res.send(pdf)
  }
}
