import { randomUUID } from 'node:crypto'
import type { i18n } from 'i18next'
import { newActivity, type Activities, type Activity } from '../../models/activity.model.ts'
import type { AuditLog } from '../../models/audit.model.ts'
import type { Database } from '../../models/db.ts'
import type { OutboundMessageModel } from '../../models/outbound-message.model.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'
import type { Clock } from '../clock.ts'
import type { Language } from '../i18n.ts'
import type { NotificationService } from '../notifications/notification-service.ts'
import type { TextUpdates } from '../text-updates/text-updates.ts'
import { renderNotification } from '../notifications/render-template.ts'
import type { ActivityActions } from './activity-actions.ts'
import type { ApprovedResponse } from './approved-responses.ts'
import { renderParagraphs, type ComposedResponse } from './compose-response.ts'
import { canRespondByEmail } from './email-response-rules.ts'

export interface EmailResponderParts {
  db: Database
  clock: Clock
  i18n: i18n
  notifications: NotificationService
  outbox: OutboundMessageModel
  activities: Activities
  activityActions: ActivityActions
  auditLog: AuditLog
  /** The address the responses come from (CASEWORKER_EMAIL_SENDER). */
  sender: string
  /** Texts the client, if they asked for texts, that a message is waiting on the site. */
  textUpdates: Pick<TextUpdates, 'send'>
}

export type ResponseOutcome = 'sent' | 'not_allowed'

const TEMPLATE = 'caseworkerNotifications:approvedResponse' as const

const languageOf = (client: ClientRow): Language => (client.preferred_language === 'cy' ? 'cy' : 'en')

/**
 * Answers a self-service message with an approved response: sends the email through the
 * notifications adapter, then records it as an outbound email activity (with the outbox message's
 * id) and marks the message done, in one transaction with the audit entry. The answer then shows in
 * the client's contact history on the site, so a client who asked for texts is told a message is
 * waiting (the one thing a caseworker writes that appears on the site and is not a letter).
 */
export class EmailResponder {
  constructor(private readonly parts: EmailResponderParts) {}

  get sender(): string {
    return this.parts.sender
  }

  /** The email exactly as the client will get it, in their language. */
  preview(client: ClientRow, template: ApprovedResponse, composed: ComposedResponse) {
    const language = languageOf(client)
    const values = {
      firstName: client.first_name,
      paragraphs: renderParagraphs(template, composed, language).join('\n\n'),
    }
    return {
      language,
      values,
      ...renderNotification(this.parts.i18n, { template: TEMPLATE, language, values, clientId: client.id }),
    }
  }

  async send(
    client: ClientRow,
    message: Activity,
    template: ApprovedResponse,
    composed: ComposedResponse,
    staffId: string,
  ): Promise<ResponseOutcome> {
    const decision = canRespondByEmail(client, message)
    if (!decision.allowed || template.enquiry !== decision.enquiry) return 'not_allowed'
    const { db, clock, notifications, outbox, activities, activityActions, auditLog, sender } = this.parts
    const email = this.preview(client, template, composed)
    const reference = `response-${message.id}-${randomUUID()}`
    await notifications.sendEmail({
      template: TEMPLATE,
      language: email.language,
      emailAddress: client.email!,
      clientId: client.id,
      values: email.values,
      reference,
    })
    const outboundMessageId = (await outbox.idByReference(reference)) ?? null
    await db.transaction(async trx => {
      await activityActions.markDone(message, staffId, trx)
      const activityId = await activities.record(
        newActivity({
          clientId: client.id,
          caseId: message.caseId,
          activityType: 'outbound_email',
          direction: 'outbound',
          subject: email.subject,
          body: `From: ${sender}\nTo: ${client.email}\n\n${email.body}`,
          status: 'done',
          outboundMessageId,
          createdBy: staffId,
        }),
        clock.now(),
        trx,
      )
      await auditLog.record(
        {
          actorType: 'staff',
          actorId: staffId,
          action: 'email_response_sent',
          subjectType: 'client',
          subjectId: client.id,
          details: {
            messageActivityId: message.id,
            emailActivityId: activityId,
            outboundMessageId,
            templateId: template.id,
            paragraphs: composed.paragraphs,
            sender,
          },
        },
        trx,
      )
    })
    await this.parts.textUpdates.send(client.id, 'messageWaiting')
    return 'sent'
  }
}
