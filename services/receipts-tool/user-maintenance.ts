import type { AuditLog } from '../../models/audit.model.ts'
import { isUniqueViolation } from '../../models/constraint-errors.ts'
import type { Database } from '../../models/db.ts'
import type { StaffModel } from '../../models/staff.model.ts'
import { hashPassword } from '../password.ts'
import { temporaryPassword } from '../staff-passwords.ts'

export const ADMINISTRATOR_ROLE = 'system_administrator'

export type CreateUserOutcome =
  { outcome: 'created'; temporaryPassword: string } | { outcome: 'notInDirectory' } | { outcome: 'alreadyUser' }
export type GrantOutcome = 'granted' | 'alreadyHeld' | 'noSuchUser'
export type RevokeOutcome = 'revoked' | 'notFound' | 'ownAdministratorProfile' | 'lastAdministrator'

class LastAdministrator extends Error {}
class ProfileGone extends Error {}

/**
 * Maintain Users for one system: create users from the staff directory, grant and revoke profiles
 * and edit details. Every change commits together with its audit entry, naming who made it.
 */
export class UserMaintenance {
  constructor(
    private readonly db: Database,
    private readonly staff: StaffModel,
    private readonly auditLog: AuditLog,
    private readonly system: string,
  ) {}

  /** Adds a user from the staff directory with a temporary password, given back once to pass on to them. */
  async createUser(actor: string, staffId: string, phone: string): Promise<CreateUserOutcome> {
    const entry = await this.staff.directoryEntry(staffId)
    if (!entry) return { outcome: 'notInDirectory' }
    if (await this.staff.findMember(staffId)) return { outcome: 'alreadyUser' }
    const password = temporaryPassword()
    const passwordHash = await hashPassword(password)
    try {
      await this.db.transaction(async trx => {
        await this.staff.insertMember({ ...entry, phone, passwordHash, passwordChangeRequired: true }, trx)
        await this.audit(actor, 'staff_user_created', staffId, { name: entry.name, email: entry.email, phone }, trx)
      })
      return { outcome: 'created', temporaryPassword: password }
    } catch (error) {
      if (isUniqueViolation(error)) return { outcome: 'alreadyUser' }
      throw error
    }
  }

  async grant(actor: string, staffId: string, role: string): Promise<GrantOutcome> {
    if (!(await this.staff.findMember(staffId))) return 'noSuchUser'
    if (await this.staff.hasProfile(staffId, this.system, role)) return 'alreadyHeld'
    try {
      await this.db.transaction(async trx => {
        await this.staff.insertProfile(staffId, this.system, role, actor, trx)
        await this.audit(actor, 'staff_profile_granted', staffId, { system: this.system, role }, trx)
      })
      return 'granted'
    } catch (error) {
      if (isUniqueViolation(error)) return 'alreadyHeld'
      throw error
    }
  }

  /**
   * Revokes one profile. An administrator cannot revoke their own administrator profile, and the
   * system's last administrator profile cannot be revoked by anyone: checked inside the transaction,
   * after locking the administrator profiles, so two revocations at once cannot remove the last two.
   */
  async revoke(actor: string, profileId: number): Promise<RevokeOutcome> {
    const profile = await this.staff.findProfile(profileId, this.system)
    if (!profile) return 'notFound'
    const isAdministrator = profile.role === ADMINISTRATOR_ROLE
    if (isAdministrator && profile.staffId === actor) return 'ownAdministratorProfile'
    try {
      await this.db.transaction(async trx => {
        if (isAdministrator) await this.staff.lockProfiles(this.system, ADMINISTRATOR_ROLE, trx)
        if ((await this.staff.deleteProfile(profileId, trx)) === 0) throw new ProfileGone()
        if (isAdministrator && (await this.staff.countProfiles(this.system, ADMINISTRATOR_ROLE, trx)) === 0) {
          throw new LastAdministrator()
        }
        await this.audit(
          actor,
          'staff_profile_revoked',
          profile.staffId,
          { system: this.system, role: profile.role },
          trx,
        )
      })
      return 'revoked'
    } catch (error) {
      if (error instanceof LastAdministrator) return 'lastAdministrator'
      if (error instanceof ProfileGone) return 'notFound'
      throw error
    }
  }

  async editDetails(
    actor: string,
    staffId: string,
    details: { name: string; phone: string; email: string },
  ): Promise<boolean> {
    const before = await this.staff.findMember(staffId)
    if (!before) return false
    return this.db.transaction(async trx => {
      if ((await this.staff.updateMemberDetails(staffId, details, trx)) === 0) return false
      const changes = Object.fromEntries(
        (['name', 'phone', 'email'] as const)
          .filter(field => (before[field] ?? '') !== details[field])
          .map(field => [field, { from: before[field], to: details[field] }]),
      )
      await this.audit(actor, 'staff_user_edited', staffId, { changes }, trx)
      return true
    })
  }

  private audit(actor: string, action: string, staffId: string, details: Record<string, unknown>, trx: Database) {
    return this.auditLog.record(
      { actorType: 'staff', actorId: actor, action, subjectType: 'staff_member', subjectId: staffId, details },
      trx,
    )
  }
}
