import type { i18n } from 'i18next'
import type { OutboundMessageModel } from '../../models/outbound-message.model.ts'
import type { Clock } from '../clock.ts'
import type { EmailNotification, NotificationService, SmsNotification } from './notification-service.ts'
import { emailRecord, renderNotification, smsRecord } from './render-template.ts'

const stored = { status: 'stored', providerId: null } as const

/**
 * The embedded default: nothing leaves the machine. Each message is rendered and kept in the
 * outbound_messages table, where caseworkers (and developers) can read it.
 */
export class OutboxNotificationService implements NotificationService {
  constructor(
    private readonly outbox: OutboundMessageModel,
    private readonly i18next: i18n,
    private readonly clock: Clock,
  ) {}

  async sendEmail(email: EmailNotification): Promise<void> {
    await this.outbox.record(emailRecord(email, renderNotification(this.i18next, email), stored), this.clock.now())
  }

  async sendSms(sms: SmsNotification): Promise<void> {
    await this.outbox.record(smsRecord(sms, renderNotification(this.i18next, sms), stored), this.clock.now())
  }
}
