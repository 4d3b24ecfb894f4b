import type { AuditLog } from '../../models/audit.model.ts'
import type { ClientSecurityModel } from '../../models/client-security.model.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'
import type { Clock } from '../clock.ts'
import type { PinSecret } from '../pin-secret.ts'
import { dateOfBirthDigits } from '../rules/known-facts.ts'
import type { NotificationService } from '../notifications/notification-service.ts'
import { sendPinChangedEmail } from '../notifications/pin-changed-email.ts'
import { chooseForgottenPinQuestions, parseQuestions, type Question } from './challenges.ts'

function expectedAnswer(client: ClientRow, question: Question): string {
  const source = {
    crn: client.customer_reference_number,
    nino: client.national_insurance_number ?? '',
    dob: dateOfBirthDigits(client.date_of_birth),
  }[question.fact]
  return source.charAt(question.position - 1).toUpperCase()
}

/**
 * Forgotten PIN, as the seed describes: two questions, each one character of the Customer Reference
 * Number and of the National Insurance number or date of birth. The questions stay on the record
 * until answered. A wrong answer at the first attempt locks the client out of self-service.
 */
export class ForgottenPinService {
  constructor(
    private readonly security: ClientSecurityModel,
    private readonly pinSecret: PinSecret,
    private readonly notifications: NotificationService,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  async questionsFor(client: ClientRow): Promise<Question[]> {
    return parseQuestions(
      await this.security.forgottenPinQuestions(
        client.id,
        chooseForgottenPinQuestions(Boolean(client.national_insurance_number)),
      ),
    )
  }

  async answer(client: ClientRow, answers: string[]): Promise<'verified' | 'locked'> {
    if (client.self_service_locked_at) return 'locked'
    const questions = await this.questionsFor(client)
    const right = questions.every(
      (question, index) => (answers[index] ?? '').trim().toUpperCase() === expectedAnswer(client, question),
    )
    if (right) {
      await this.security.clearForgottenPinQuestions(client.id)
      await this.auditLog.record({
        actorType: 'client',
        actorId: String(client.id),
        action: 'forgotten_pin_questions_answered',
        subjectType: 'client',
        subjectId: client.id,
      })
      return 'verified'
    }
    await this.security.lockSelfService(client.id, 'forgotten_pin', this.clock.now())
    await this.auditLog.record({
      actorType: 'system',
      actorId: null,
      action: 'self_service_locked',
      subjectType: 'client',
      subjectId: client.id,
      details: { reason: 'forgotten_pin' },
    })
    return 'locked'
  }

  /** Stores the new PIN (encrypted) and tells the client it changed. */
  async setNewPin(client: ClientRow, pin: string): Promise<void> {
    const now = this.clock.now()
    await this.security.setPin(client.id, this.pinSecret.encrypt(pin, client.customer_reference_number), now)
    await this.auditLog.record({
      actorType: 'client',
      actorId: String(client.id),
      action: 'pin_reset_by_client',
      subjectType: 'client',
      subjectId: client.id,
    })
    await sendPinChangedEmail(this.notifications, client, now)
  }
}
