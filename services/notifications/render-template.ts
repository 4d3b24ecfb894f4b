import type { i18n } from 'i18next'
import type { NewOutboundMessage } from '../../models/outbound-message.model.ts'
import type { EmailNotification, Notification, SmsNotification } from './notification-service.ts'

export interface RenderedNotification {
  subject: string
  body: string
}

/**
 * The subject and body of a notification, in its language, from the notifications locale files. A
 * template named "namespace:name" comes from that namespace's file instead (each area keeps its own).
 */
export function renderNotification(i18next: i18n, notification: Notification): RenderedNotification {
  const [namespace, name] = notification.template.includes(':')
    ? notification.template.split(':', 2)
    : ['notifications', notification.template]
  const t = i18next.getFixedT(notification.language, namespace)
  return {
    subject: t(`${name}.subject`, notification.values),
    body: t(`${name}.body`, notification.values),
  }
}

type Delivery = Pick<NewOutboundMessage, 'status' | 'providerId'>

/** The outbox record of a rendered email, however it was delivered. */
export function emailRecord(
  email: EmailNotification,
  { subject, body }: RenderedNotification,
  delivery: Delivery,
): NewOutboundMessage {
  return {
    channel: 'email',
    recipient: email.emailAddress,
    clientId: email.clientId,
    template: email.template,
    language: email.language,
    subject,
    body,
    reference: email.reference ?? null,
    ...delivery,
  }
}

/** The outbox record of a rendered text message (texts have no subject). */
export function smsRecord(
  sms: SmsNotification,
  { body }: RenderedNotification,
  delivery: Delivery,
): NewOutboundMessage {
  return {
    channel: 'sms',
    recipient: sms.phoneNumber,
    clientId: sms.clientId,
    template: sms.template,
    language: sms.language,
    subject: null,
    body,
    reference: sms.reference ?? null,
    ...delivery,
  }
}
