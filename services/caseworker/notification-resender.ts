import { randomUUID } from 'node:crypto'
import { newActivity, type Activities } from '../../models/activity.model.ts'
import type { AuditLog } from '../../models/audit.model.ts'
import type { Database } from '../../models/db.ts'
import type { OutboundMessageModel } from '../../models/outbound-message.model.ts'
import type { OutboundMessageRow } from '../../types/knex-tables-identity.d.ts'
import type { Clock } from '../clock.ts'
import { formatDate } from '../format/dates.ts'
import { isLanguage } from '../i18n.ts'
import type { NotificationService } from '../notifications/notification-service.ts'
import type { TextUpdates } from '../text-updates/text-updates.ts'

/** Messages that must never be sent twice: a sign-in code works once and expires. */
const neverResent = new Set(['signInCode'])

/** Whether a caseworker may resend this message: one sent to a client, not a one-time code. */
export function canResend(message: Pick<OutboundMessageRow, 'client_id' | 'template'>): boolean {
  return message.client_id !== null && !neverResent.has(message.template)
}

/**
 * Resends a notification a client says they did not get (the seed: "re-send notifications"): a copy
 * of the same text to the same address, through the notifications adapter, recorded as an outbound
 * activity on the client's record with its audit entry. A resent email is also on the client's contact
 * history, so a client who opted in to texts is told it is waiting.
 */
export class NotificationResender {
  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationService,
    private readonly outbox: OutboundMessageModel,
    private readonly activities: Activities,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
    private readonly textUpdates: Pick<TextUpdates, 'send'>,
  ) {}

  async resend(message: OutboundMessageRow, staffId: string): Promise<boolean> {
    if (!canResend(message) || message.client_id === null) return false
    const language = isLanguage(message.language) ? message.language : 'en'
    const reference = `resent-${message.id}-${randomUUID()}`
    const copy = {
      template: 'caseworkerNotifications:resent' as const,
      language,
      clientId: message.client_id,
      values: { subject: message.subject ?? '', body: message.body, sentOn: formatDate(message.created_at, language) },
      reference,
    }
    if (message.channel === 'email') await this.notifications.sendEmail({ ...copy, emailAddress: message.recipient })
    else await this.notifications.sendSms({ ...copy, phoneNumber: message.recipient })
    const outboundMessageId = (await this.outbox.idByReference(reference)) ?? null
    const clientId = message.client_id
    await this.db.transaction(async trx => {
      // Emails are activities on the client's record; texts are kept in the outbox and the audit log.
      const activityId =
        message.channel === 'email' ? await this.recordEmail(message, clientId, outboundMessageId, staffId, trx) : null
      await this.auditLog.record(
        {
          actorType: 'staff',
          actorId: staffId,
          action: 'notification_resent',
          subjectType: 'client',
          subjectId: clientId,
          details: { originalMessageId: message.id, outboundMessageId, activityId },
        },
        trx,
      )
    })
    // A resent email is on the client's contact history, so a client who opted in is texted that it is waiting.
    if (message.channel === 'email') await this.textUpdates.send(clientId, 'messageWaiting')
    return true
  }

  private recordEmail(
    message: OutboundMessageRow,
    clientId: number,
    outboundMessageId: number | null,
    staffId: string,
    trx: Database,
  ): Promise<number> {
    return this.activities.record(
      newActivity({
        clientId,
        activityType: 'outbound_email',
        direction: 'outbound',
        subject: `Resent: ${message.subject ?? ''}`.slice(0, 120),
        body: message.body,
        status: 'done',
        outboundMessageId,
        createdBy: staffId,
      }),
      this.clock.now(),
      trx,
    )
  }
}
