import type { Language } from '../i18n.ts'

/** The emails and texts the service sends; each has a subject and body per language in locales/<lang>/notifications.json. */
export type NotificationTemplate =
  | 'signInCode'
  | 'pinChanged'
  | 'letterWaiting'
  | 'textPaymentReceived'
  | 'textPaymentDue'
  | 'textLetterWaiting'
  | 'textMessageWaiting'
  | 'textSecurityNotice'
  | 'caseworkerNotifications:serviceRequestCompleted'
  | 'caseworkerNotifications:serviceRequestRejected'
  | 'caseworkerNotifications:approvedResponse'
  | 'caseworkerNotifications:resent'

export interface Notification {
  template: NotificationTemplate
  language: Language
  /** Values for the template's placeholders. Never passwords, PINs or card details. */
  values: Record<string, string>
  clientId: number | null
  reference?: string
}

export interface EmailNotification extends Notification {
  emailAddress: string
}

export interface SmsNotification extends Notification {
  phoneNumber: string
}

/** The notifications adapter: the embedded outbox by default, GOV.UK Notify when configured. */
export interface NotificationService {
  sendEmail(email: EmailNotification): Promise<void>
  sendSms(sms: SmsNotification): Promise<void>
}
