import { randomInt } from 'node:crypto'
import { newActivity, type Activities } from '../../models/activity.model.ts'
import type { AuditLog } from '../../models/audit.model.ts'
import type { Database } from '../../models/db.ts'
import type { Clock } from '../clock.ts'
import { ukCalendarDate } from '../format/dates.ts'
import { addWorkingDays, MESSAGE_RESPONSE_WORKING_DAYS } from '../rules/working-days.ts'
import type { DocumentUploads, UploadOutcome } from '../uploads/document-uploads.ts'
import type { TemporaryUpload } from '../uploads/temporary-upload.ts'
import { contactReasons, messageBody, newMessageReference, type MessageSubject } from './message-rules.ts'

export interface MessageToSend {
  clientId: number
  subject: MessageSubject
  text: string
  childNames: string[]
  attachments: TemporaryUpload[]
}

export type SendOutcome =
  | { sent: true; messageId: number; reference: string; upload: UploadOutcome | null }
  | { sent: false; upload: UploadOutcome }

export interface SecureMessageDependencies {
  db: Database
  clock: Clock
  auditLog: AuditLog
  activities: Activities
  documentUploads: DocumentUploads
}

/**
 * A client's secure message becomes an inbound message activity on their record, due an answer in
 * two working days. Sent with attachments, it is recorded only if every file is taken, in the same
 * transaction as the documents: a refused file leaves nothing but its upload error, and the client
 * sends again with what they typed still on the page.
 */
export class SecureMessages {
  constructor(private readonly deps: SecureMessageDependencies) {}

  async send(message: MessageToSend): Promise<SendOutcome> {
    const now = this.deps.clock.now()
    const reference = newMessageReference(randomInt)
    if (message.attachments.length === 0) {
      const messageId = await this.deps.db.transaction(trx => this.record(message, reference, now, trx))
      return { sent: true, messageId, reference, upload: null }
    }
    let messageId: number | undefined
    const upload = await this.deps.documentUploads.accept(message.clientId, message.attachments, {
      wholeWith: {
        recordMessage: async trx => (messageId = await this.record(message, reference, now, trx)),
      },
    })
    return messageId === undefined ? { sent: false, upload } : { sent: true, messageId, reference, upload }
  }

  private async record(message: MessageToSend, reference: string, now: Date, trx: Database): Promise<number> {
    const messageId = await this.deps.activities.record(
      newActivity({
        clientId: message.clientId,
        activityType: 'inbound_message',
        direction: 'inbound',
        subject: contactReasons[message.subject],
        body: messageBody(message.text, message.childNames),
        reference,
        status: 'open',
        dueOn: addWorkingDays(ukCalendarDate(now), MESSAGE_RESPONSE_WORKING_DAYS),
        createdBy: 'self_service',
      }),
      now,
      trx,
    )
    await this.deps.auditLog.record(
      {
        actorType: 'client',
        actorId: String(message.clientId),
        action: 'message.sent',
        subjectType: 'activity',
        subjectId: messageId,
        details: { subject: message.subject, reference, attachments: message.attachments.length },
      },
      trx,
    )
    return messageId
  }
}
