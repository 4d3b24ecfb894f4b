import type { AuditLog } from '../../models/audit.model.ts'
import type { ClientSecurityModel } from '../../models/client-security.model.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'
import type { Clock } from '../clock.ts'
import type { PinSecret } from '../pin-secret.ts'
import { choosePinPositions, parsePinPositions } from './challenges.ts'
import { recordWrongPin } from './pin-failures.ts'

export type PinAnswerResult =
  { outcome: 'correct' } | { outcome: 'wrong'; attemptsLeft: number } | { outcome: 'locked' }

/**
 * The PIN step of signing in: two digits at positions chosen on the server and kept on the client
 * record until answered correctly, so reloading, another browser or another app process asks the
 * same two. Three wrong answers lock the client out of self-service.
 */
export class PinSignInService {
  constructor(
    private readonly security: ClientSecurityModel,
    private readonly pinSecret: PinSecret,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  async positionsFor(client: ClientRow): Promise<[number, number]> {
    return parsePinPositions(await this.security.pinChallenge(client.id, choosePinPositions()))
  }

  async answer(client: ClientRow, digits: [string, string]): Promise<PinAnswerResult> {
    if (client.self_service_locked_at || !client.pin_ciphertext) return { outcome: 'locked' }
    const positions = await this.positionsFor(client)
    const answers = positions.map((position, index) => ({ position, digit: digits[index]! }))
    if (this.pinSecret.digitsMatch(client.pin_ciphertext, client.customer_reference_number, answers)) {
      await this.completeSignIn(client.id, 'pin')
      return { outcome: 'correct' }
    }
    const failure = await recordWrongPin(
      { security: this.security, auditLog: this.auditLog, clock: this.clock },
      client.id,
      'sign_in',
    )
    return failure.locked ? { outcome: 'locked' } : { outcome: 'wrong', attemptsLeft: failure.attemptsLeft }
  }

  /** The last step of every way in (PIN, sign-in code, new PIN): self-service Y and the sign-in dates. */
  async completeSignIn(clientId: number, method: 'pin' | 'email_code' | 'new_pin'): Promise<void> {
    await this.security.recordSignIn(clientId, this.clock.now())
    await this.auditLog.record({
      actorType: 'client',
      actorId: String(clientId),
      action: 'client_signed_in',
      subjectType: 'client',
      subjectId: clientId,
      details: { method },
    })
  }
}
