import type { i18n } from 'i18next'
import { NotifyClient } from 'notifications-node-client'
import type { OutboundMessageModel } from '../../models/outbound-message.model.ts'
import type { Clock } from '../clock.ts'
import type { EmailNotification, NotificationService, SmsNotification } from './notification-service.ts'
import { emailRecord, renderNotification, smsRecord } from './render-template.ts'

export interface NotifySettings {
  apiKey: string
  /** A Notify email template whose subject is ((subject)) and body ((body)). */
  emailTemplateId: string
  /** A Notify text message template whose body is ((body)). */
  smsTemplateId: string
  /** Only to point at a local stub in tests; Notify's own address otherwise. */
  baseUrl?: string
}

/**
 * GOV.UK Notify. Our wording stays in our locale files: each message goes through one generic Notify
 * template per channel with the rendered subject and body as personalisation. Every message is also
 * recorded in the outbox with Notify's id, so caseworkers see what was sent.
 */
export class NotifyNotificationService implements NotificationService {
  private readonly client: NotifyClient

  constructor(
    private readonly settings: NotifySettings,
    private readonly outbox: OutboundMessageModel,
    private readonly i18next: i18n,
    private readonly clock: Clock,
  ) {
    this.client = settings.baseUrl
      ? new NotifyClient(settings.baseUrl, settings.apiKey)
      : new NotifyClient(settings.apiKey)
  }

  async sendEmail(email: EmailNotification): Promise<void> {
    const rendered = renderNotification(this.i18next, email)
    const response = await this.client.sendEmail(this.settings.emailTemplateId, email.emailAddress, {
      personalisation: { subject: rendered.subject, body: rendered.body },
      reference: email.reference,
    })
    await this.outbox.record(
      emailRecord(email, rendered, { status: 'sent', providerId: response.data.id }),
      this.clock.now(),
    )
  }

  async sendSms(sms: SmsNotification): Promise<void> {
    const rendered = renderNotification(this.i18next, sms)
    const response = await this.client.sendSms(this.settings.smsTemplateId, sms.phoneNumber, {
      personalisation: { body: rendered.body },
      reference: sms.reference,
    })
    await this.outbox.record(
      smsRecord(sms, rendered, { status: 'sent', providerId: response.data.id }),
      this.clock.now(),
    )
  }
}
