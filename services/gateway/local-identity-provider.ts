import { randomInt } from 'node:crypto'
import type { AuditLog } from '../../models/audit.model.ts'
import type { IdentityAccountModel } from '../../models/identity-account.model.ts'
import type { IdentityAccountRow } from '../../types/knex-tables.d.ts'
import type { Clock } from '../clock.ts'
import { hashPassword, verifyAgainstDecoy, verifyPassword } from '../password.ts'
import type { AuthenticationResult, IdentityAccount, IdentityProvider, NewAccountDetails } from './identity-provider.ts'

export const SIGN_IN_FAILURE_LIMIT = 5
export const SIGN_IN_LOCK_MINUTES = 30

/** A random 12-digit user ID that never starts with 0; IDs are never sequential. */
export function generateUserId(): string {
  return String(randomInt(100_000_000_000, 1_000_000_000_000))
}

function toAccount(row: IdentityAccountRow): IdentityAccount {
  return {
    accountId: row.id,
    userId: row.user_id,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    enrolmentLockedUntil: row.enrolment_locked_until ? new Date(row.enrolment_locked_until) : null,
    enrolmentReferenceName: row.enrolment_reference_name,
  }
}

function isUniqueViolation(error: unknown): boolean {
  const { code } = (error ?? {}) as { code?: unknown }
  return code === 'SQLITE_CONSTRAINT' || code === '23505'
}

/** Identity accounts kept in our own database, with scrypt password hashes and lock-out after 5 failures. */
export class LocalIdentityProvider implements IdentityProvider {
  constructor(
    private readonly accounts: IdentityAccountModel,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
    private readonly newUserId: () => string = generateUserId,
  ) {}

  async createAccount(details: NewAccountDetails): Promise<IdentityAccount> {
    const passwordHash = await hashPassword(details.password)
    for (let attempt = 0; attempt < 5; attempt++) {
      const userId = this.newUserId()
      try {
        const accountId = await this.accounts.create({ ...details, userId, passwordHash }, this.clock.now())
        await this.auditLog.record({
          actorType: 'identity_account',
          actorId: String(accountId),
          action: 'identity_account_created',
          subjectType: 'identity_account',
          subjectId: accountId,
        })
        return {
          accountId,
          userId,
          firstName: details.firstName,
          lastName: details.lastName,
          email: details.email,
          enrolmentLockedUntil: null,
          enrolmentReferenceName: null,
        }
      } catch (error) {
        if (!isUniqueViolation(error)) throw error
      }
    }
    throw new Error('Could not find an unused user ID')
  }

  async authenticate(userId: string, password: string): Promise<AuthenticationResult> {
    const now = this.clock.now()
    const row = await this.accounts.findByUserId(userId)
    if (!row) {
      await verifyAgainstDecoy(password)
      await this.auditLog.record({
        actorType: 'identity_account',
        actorId: null,
        action: 'identity_sign_in_failed',
        details: { reason: 'unknown_user_id' },
      })
      return { outcome: 'wrongDetails' }
    }
    const audit = (action: string, details?: Record<string, unknown>) =>
      this.auditLog.record({
        actorType: 'identity_account',
        actorId: String(row.id),
        action,
        subjectType: 'identity_account',
        subjectId: row.id,
        details,
      })

    if (row.locked_until && new Date(row.locked_until) > now) {
      await audit('identity_sign_in_refused_locked')
      return { outcome: 'locked', lockedUntil: new Date(row.locked_until) }
    }
    if (await verifyPassword(password, row.password_hash)) {
      if (row.locked_until) await audit('identity_account_unlocked', { reason: 'lock_expired' })
      await this.accounts.recordSuccessfulSignIn(row.id, now)
      await audit('identity_sign_in')
      return { outcome: 'signedIn', account: toAccount(row) }
    }
    const lockedUntil = new Date(now.getTime() + SIGN_IN_LOCK_MINUTES * 60_000)
    const { failures, locked } = await this.accounts.recordFailedSignIn(row.id, SIGN_IN_FAILURE_LIMIT, lockedUntil, now)
    await audit('identity_sign_in_failed', { consecutiveFailures: failures })
    if (locked) {
      await audit('identity_account_locked', { until: lockedUntil.toISOString() })
      return { outcome: 'locked', lockedUntil }
    }
    return { outcome: 'wrongDetails' }
  }

  async findAccount(accountId: number): Promise<IdentityAccount | undefined> {
    const row = await this.accounts.findById(accountId)
    return row ? toAccount(row) : undefined
  }
}
