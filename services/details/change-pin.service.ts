import type { AuditLog } from '../../models/audit.model.ts'
import type { ClientSecurityModel } from '../../models/client-security.model.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'
import type { Clock } from '../clock.ts'
import type { TextUpdates } from '../text-updates/text-updates.ts'
import type { NotificationService } from '../notifications/notification-service.ts'
import { sendPinChangedEmail } from '../notifications/pin-changed-email.ts'
import type { PinSecret } from '../pin-secret.ts'
import { recordWrongPin } from '../sign-in/pin-failures.ts'

export type ChangePinResult =
  | { outcome: 'changed' }
  | { outcome: 'wrongExistingPin'; attemptsLeft: number }
  | { outcome: 'unchanged' }
  | { outcome: 'locked' }

/**
 * Changing the client PIN from My details: an automated change. The existing PIN must be right (a
 * wrong one counts towards the same lock-out as signing in), the new one is stored encrypted at once,
 * audited (never the PIN itself) and the client is told by email that it changed.
 */
export class ChangePinService {
  constructor(
    private readonly security: ClientSecurityModel,
    private readonly pinSecret: PinSecret,
    private readonly notifications: NotificationService,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
    private readonly textUpdates: Pick<TextUpdates, 'send'>,
  ) {}

  async change(client: ClientRow, existingPin: string, newPin: string): Promise<ChangePinResult> {
    if (client.self_service_locked_at || !client.pin_ciphertext) return { outcome: 'locked' }
    const currentPin = this.pinSecret.decrypt(client.pin_ciphertext, client.customer_reference_number)
    if (existingPin !== currentPin) return this.wrongExistingPin(client)
    if (newPin === currentPin) return { outcome: 'unchanged' }
    const now = this.clock.now()
    await this.security.setPin(client.id, this.pinSecret.encrypt(newPin, client.customer_reference_number), now)
    await this.auditLog.record({
      actorType: 'client',
      actorId: String(client.id),
      action: 'pin_changed_by_client',
      subjectType: 'client',
      subjectId: client.id,
      details: { changedAt: now.toISOString(), previousPinSetAt: client.pin_updated_at },
    })
    await sendPinChangedEmail(this.notifications, client, now)
    await this.textUpdates.send(client.id, 'securityNotice')
    return { outcome: 'changed' }
  }

  private async wrongExistingPin(client: ClientRow): Promise<ChangePinResult> {
    const failure = await recordWrongPin(
      { security: this.security, auditLog: this.auditLog, clock: this.clock },
      client.id,
      'change_pin',
    )
    return failure.locked ? { outcome: 'locked' } : { outcome: 'wrongExistingPin', attemptsLeft: failure.attemptsLeft }
  }
}
