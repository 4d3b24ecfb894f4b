import type { i18n } from 'i18next'
import type { Notification } from './notification-service.ts'

export interface RenderedNotification {
  subject: string
  body: string
}

/** The subject and body of a notification, in its language, from the notifications locale files. */
export function renderNotification(i18next: i18n, notification: Notification): RenderedNotification {
  const t = i18next.getFixedT(notification.language, 'notifications')
  return {
    subject: t(`${notification.template}.subject`, notification.values),
    body: t(`${notification.template}.body`, notification.values),
  }
}
