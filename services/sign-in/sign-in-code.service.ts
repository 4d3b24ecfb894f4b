import { createHmac, randomInt, timingSafeEqual } from 'node:crypto'
import type { AuditLog } from '../../models/audit.model.ts'
import type { SignInCodeModel } from '../../models/sign-in-code.model.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'
import type { Clock } from '../clock.ts'
import type { Language } from '../i18n.ts'
import type { NotificationService } from '../notifications/notification-service.ts'

export const CODE_VALID_MINUTES = 15
export const CODE_MAX_FAILURES = 5
export const CODES_PER_HOUR = 5

export type SendCodeResult = 'sent' | 'noEmail' | 'tooMany' | 'locked'
export type CheckCodeResult = 'correct' | 'wrong' | 'expired' | 'locked'

/**
 * The accessible way in (WCAG 2.2 SC 3.3.8): instead of typing PIN digits into separate boxes, the
 * client gets a 6-digit single-use code by email to the address on their case record, valid for 15
 * minutes and 5 tries. Codes are stored only as keyed hashes.
 */
export class SignInCodeService {
  constructor(
    private readonly codes: SignInCodeModel,
    private readonly notifications: NotificationService,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
    private readonly hashKey: string,
  ) {}

  private hash(clientId: number, code: string): string {
    return createHmac('sha256', this.hashKey).update(`${clientId}:${code}`).digest('hex')
  }

  async send(client: ClientRow, language: Language): Promise<SendCodeResult> {
    if (client.self_service_locked_at) return 'locked'
    if (!client.email) return 'noEmail'
    const now = this.clock.now()
    if ((await this.codes.countIssuedSince(client.id, new Date(now.getTime() - 3_600_000))) >= CODES_PER_HOUR)
      return 'tooMany'
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
    await this.codes.issue(
      client.id,
      this.hash(client.id, code),
      now,
      new Date(now.getTime() + CODE_VALID_MINUTES * 60_000),
    )
    await this.notifications.sendEmail({
      template: 'signInCode',
      language,
      emailAddress: client.email,
      clientId: client.id,
      values: { firstName: client.first_name, code },
    })
    await this.auditLog.record({
      actorType: 'client',
      actorId: String(client.id),
      action: 'sign_in_code_sent',
      subjectType: 'client',
      subjectId: client.id,
    })
    return 'sent'
  }

  async check(client: ClientRow, code: string): Promise<CheckCodeResult> {
    if (client.self_service_locked_at) return 'locked'
    const live = await this.codes.live(client.id, this.clock.now(), CODE_MAX_FAILURES)
    if (!live) return 'expired'
    if (
      !/^\d{6}$/.test(code) ||
      !timingSafeEqual(Buffer.from(live.code_hash, 'hex'), Buffer.from(this.hash(client.id, code), 'hex'))
    ) {
      await this.codes.recordFailure(live.id)
      await this.auditLog.record({
        actorType: 'client',
        actorId: String(client.id),
        action: 'sign_in_code_failed',
        subjectType: 'client',
        subjectId: client.id,
      })
      return 'wrong'
    }
    return (await this.codes.use(live.id, this.clock.now())) ? 'correct' : 'expired'
  }
}
