import type { ClientModel } from '../../models/client.model.ts'
import type { Logger } from '../logger.ts'
import type { NotificationService, NotificationTemplate } from '../notifications/notification-service.ts'

/** What a client can be texted about, and the fixed template for each. */
export const textTriggers = {
  paymentReceived: 'textPaymentReceived',
  paymentDue: 'textPaymentDue',
  letterWaiting: 'textLetterWaiting',
  messageWaiting: 'textMessageWaiting',
  securityNotice: 'textSecurityNotice',
} as const satisfies Record<string, NotificationTemplate>

export type TextTrigger = keyof typeof textTriggers

/**
 * SMS text updates. A client gets a text only when they have opted in and have a mobile number;
 * opting out stops them at once because the record is read at the moment of sending. Each text is
 * a fixed template in the client's language carrying their first name and nothing else about them.
 * A text that cannot be sent is logged, never allowed to undo what it was telling them about.
 */
export class TextUpdates {
  constructor(
    private readonly clients: Pick<ClientModel, 'findById'>,
    private readonly notifications: NotificationService,
    private readonly logger: Logger,
  ) {}

  /** Texts the client if they want texts; says whether a text was sent. */
  async send(clientId: number, trigger: TextTrigger): Promise<boolean> {
    try {
      const client = await this.clients.findById(clientId)
      if (!client?.sms_opt_in || !client.phone_mobile) return false
      await this.notifications.sendSms({
        template: textTriggers[trigger],
        language: client.preferred_language === 'cy' ? 'cy' : 'en',
        values: { firstName: client.first_name },
        clientId,
        phoneNumber: client.phone_mobile,
      })
      return true
    } catch (error) {
      this.logger.error({ err: error, clientId, trigger }, 'a text update could not be sent')
      return false
    }
  }
}
