import type { i18n } from 'i18next'
import type { OutboundMessageModel } from '../../models/outbound-message.model.ts'
import type { Clock } from '../clock.ts'
import type { EmailNotification, NotificationService, SmsNotification } from './notification-service.ts'
import { renderNotification } from './render-template.ts'

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
    const { subject, body } = renderNotification(this.i18next, email)
    await this.outbox.record(
      {
        channel: 'email',
        recipient: email.emailAddress,
        clientId: email.clientId,
        template: email.template,
        language: email.language,
        subject,
        body,
        reference: email.reference ?? null,
        status: 'stored',
        providerId: null,
      },
      this.clock.now(),
    )
  }

  async sendSms(sms: SmsNotification): Promise<void> {
    const { body } = renderNotification(this.i18next, sms)
    await this.outbox.record(
      {
        channel: 'sms',
        recipient: sms.phoneNumber,
        clientId: sms.clientId,
        template: sms.template,
        language: sms.language,
        subject: null,
        body,
        reference: sms.reference ?? null,
        status: 'stored',
        providerId: null,
      },
      this.clock.now(),
    )
  }
}
