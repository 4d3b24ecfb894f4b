import type { i18n } from 'i18next'
import type { Logger } from '../logger.ts'
import type { NotificationService, NotificationTemplate } from '../notifications/notification-service.ts'
import { isLanguage, type Language } from '../i18n.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'

/**
 * Emails to a client about something a caseworker did, in the client's language, through the
 * notifications adapter. Sent after the change has committed: a failure to send is logged and
 * reported, never undoes the change.
 */
export class ClientNotices {
  constructor(
    private readonly notifications: NotificationService,
    private readonly i18next: i18n,
    private readonly logger: Logger,
  ) {}

  languageOf(client: ClientRow): Language {
    return isLanguage(client.preferred_language) ? client.preferred_language : 'en'
  }

  /** A phrase from the caseworker notifications file, in the client's language. */
  phrase(client: ClientRow, key: string): string {
    return this.i18next.getFixedT(this.languageOf(client), 'caseworkerNotifications')(key)
  }

  /** Sends the email; says whether it went (a client with no email address gets none). */
  async email(
    client: ClientRow,
    template: NotificationTemplate,
    values: Record<string, string>,
    reference?: string,
  ): Promise<boolean> {
    if (!client.email) return false
    try {
      await this.notifications.sendEmail({
        template,
        language: this.languageOf(client),
        emailAddress: client.email,
        clientId: client.id,
        values: { firstName: client.first_name, ...values },
        reference,
      })
      return true
    } catch (error) {
      this.logger.error({ err: error, clientId: client.id, template }, 'Could not send a notification to a client')
      return false
    }
  }
}
