import type { AuditLog } from '../models/audit.model.ts'
import type { StaffModel } from '../models/staff.model.ts'
import type { Clock } from './clock.ts'
import { hashPassword, verifyAgainstDecoy, verifyPassword } from './password.ts'

export const MAX_FAILED_SIGN_INS = 5
export const LOCK_MINUTES = 30

export type StaffSignInResult =
  | { outcome: 'signedIn'; staffId: string; name: string; roles: string[]; passwordChangeRequired: boolean }
  | { outcome: 'wrongCredentials' }
  | { outcome: 'locked' }
  | { outcome: 'noProfile' }

/**
 * Staff sign-in for any internal tool, each tool passing its own system. A wrong staff ID and a
 * wrong password look the same, five failures in a row lock the account for 30 minutes, and a
 * member with no profile for the system is turned away. Password checks run outside any transaction.
 */
export class StaffSignIn {
  constructor(
    private readonly staff: StaffModel,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  async signIn(staffId: string, password: string, system: string): Promise<StaffSignInResult> {
    const member = await this.staff.findMember(staffId)
    if (!member?.passwordHash) {
      await verifyAgainstDecoy(password)
      return { outcome: 'wrongCredentials' }
    }
    if (member.lockedUntil && member.lockedUntil > this.clock.now().toISOString()) {
      await this.audit(staffId, 'staff_sign_in_refused', { system, reason: 'locked' })
      return { outcome: 'locked' }
    }
    if (!(await verifyPassword(password, member.passwordHash))) {
      const { locked } = await this.staff.recordFailedSignIn(staffId, MAX_FAILED_SIGN_INS, LOCK_MINUTES)
      await this.audit(staffId, locked ? 'staff_account_locked' : 'staff_sign_in_failed', { system })
      return { outcome: locked ? 'locked' : 'wrongCredentials' }
    }
    await this.staff.recordSuccessfulSignIn(staffId)
    const roles = await this.staff.rolesOf(staffId, system)
    if (roles.length === 0) {
      await this.audit(staffId, 'staff_sign_in_refused', { system, reason: 'no_profile' })
      return { outcome: 'noProfile' }
    }
    await this.audit(staffId, 'staff_signed_in', { system })
    return {
      outcome: 'signedIn',
      staffId,
      name: member.name,
      roles,
      passwordChangeRequired: member.passwordChangeRequired,
    }
  }

  /** Replaces a temporary password with one the member chose; it must differ from the one it replaces. */
  async changePassword(staffId: string, newPassword: string): Promise<'changed' | 'sameAsBefore'> {
    const member = await this.staff.findMember(staffId)
    if (member?.passwordHash && (await verifyPassword(newPassword, member.passwordHash))) return 'sameAsBefore'
    await this.staff.setPassword(staffId, await hashPassword(newPassword), false)
    await this.audit(staffId, 'staff_password_changed', {})
    return 'changed'
  }

  private audit(staffId: string, action: string, details: Record<string, unknown>): Promise<void> {
    return this.auditLog.record({
      actorType: 'staff',
      actorId: staffId,
      action,
      subjectType: 'staff_member',
      subjectId: staffId,
      details,
    })
  }
}
