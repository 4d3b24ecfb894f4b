import type { ClientRow } from '../../types/knex-tables.d.ts'
import { formatDate } from '../format/dates.ts'
import type { NotificationService } from './notification-service.ts'

/** Tells a client by email, in their language, that their PIN changed (whoever changed it), if we hold an email address. */
export async function sendPinChangedEmail(
  notifications: NotificationService,
  client: Pick<ClientRow, 'id' | 'email' | 'first_name' | 'preferred_language'>,
  changedAt: Date,
): Promise<void> {
  if (!client.email) return
  const language = client.preferred_language === 'cy' ? 'cy' : 'en'
  await notifications.sendEmail({
    template: 'pinChanged',
    language,
    emailAddress: client.email,
    clientId: client.id,
    values: { firstName: client.first_name, date: formatDate(changedAt, language) },
  })
}
