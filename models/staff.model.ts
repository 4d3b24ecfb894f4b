import type { Clock } from '../services/clock.ts'
import type { StaffMemberRow, StaffProfileRow } from '../types/knex-tables.d.ts'
import { returnedId, toCount, type Database } from './db.ts'

export interface StaffMember {
  staffId: string
  name: string
  email: string
  phone: string | null
  passwordHash: string | null
  failedSignInCount: number
  lockedUntil: string | null
  /** Set for a temporary password: it must be changed at the next sign-in. */
  passwordChangeRequired: boolean
}

export interface StaffProfile {
  id: number
  staffId: string
  system: string
  role: string
  grantedBy: string | null
  grantedAt: string
}

/** One row of a system's user list: a person with two profiles appears twice. */
export interface StaffUser {
  profileId: number
  staffId: string
  name: string
  phone: string | null
  email: string
  role: string
}

export interface DirectoryEntry {
  staffId: string
  name: string
  email: string
}

function toMember(row: StaffMemberRow): StaffMember {
  return {
    staffId: row.staff_id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    passwordHash: row.password_hash,
    failedSignInCount: row.failed_sign_in_count,
    lockedUntil: row.locked_until,
    passwordChangeRequired: Boolean(row.password_change_required),
  }
}

function toProfile(row: StaffProfileRow): StaffProfile {
  return {
    id: row.id,
    staffId: row.staff_id,
    system: row.system,
    role: row.role,
    grantedBy: row.granted_by,
    grantedAt: row.granted_at,
  }
}

/**
 * Staff members, their profiles per system, and the organisation's staff directory. Methods that
 * change data take the caller's transaction, so a change and its audit entry commit together.
 */
export class StaffModel {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async findMember(staffId: string, trx: Database = this.db): Promise<StaffMember | undefined> {
    const row = await trx('staff_members').where({ staff_id: staffId }).first()
    return row ? toMember(row) : undefined
  }

  async directoryEntry(staffId: string): Promise<DirectoryEntry | undefined> {
    const row = await this.db('staff_directory').where({ staff_id: staffId }).first()
    return row ? { staffId: row.staff_id, name: row.name, email: row.email } : undefined
  }

  async rolesOf(staffId: string, system: string): Promise<string[]> {
    const rows = await this.db('staff_profiles').where({ staff_id: staffId, system }).orderBy('role', 'desc')
    return rows.map(row => row.role)
  }

  async findProfile(profileId: number, system: string): Promise<StaffProfile | undefined> {
    const row = await this.db('staff_profiles').where({ id: profileId, system }).first()
    return row ? toProfile(row) : undefined
  }

  /** The system's users, one row per profile, by staff ID (administrator profiles first, as the seed lists them). */
  async usersOf(system: string): Promise<StaffUser[]> {
    const rows = await this.db('staff_profiles')
      .join('staff_members', 'staff_members.staff_id', 'staff_profiles.staff_id')
      .where('staff_profiles.system', system)
      .orderBy([
        { column: 'staff_profiles.staff_id', order: 'asc' },
        { column: 'staff_profiles.role', order: 'desc' },
      ])
      .select(
        'staff_profiles.id as profileId',
        'staff_profiles.staff_id as staffId',
        'staff_members.name as name',
        'staff_members.phone as phone',
        'staff_members.email as email',
        'staff_profiles.role as role',
      )
    return rows as StaffUser[]
  }

  /** Counts a failed sign-in atomically; the failure that reaches the limit locks the account. */
  async recordFailedSignIn(staffId: string, maxFailures: number, lockMinutes: number): Promise<{ locked: boolean }> {
    return this.db.transaction(async trx => {
      await trx('staff_members')
        .where({ staff_id: staffId })
        .update({ failed_sign_in_count: trx.raw('failed_sign_in_count + 1') })
      const row = await trx('staff_members').where({ staff_id: staffId }).first('failed_sign_in_count')
      if (!row || row.failed_sign_in_count < maxFailures) return { locked: false }
      const lockedUntil = new Date(this.clock.now().getTime() + lockMinutes * 60_000).toISOString()
      await trx('staff_members')
        .where({ staff_id: staffId })
        .update({ failed_sign_in_count: 0, locked_until: lockedUntil })
      return { locked: true }
    })
  }

  async recordSuccessfulSignIn(staffId: string): Promise<void> {
    await this.db('staff_members').where({ staff_id: staffId }).update({ failed_sign_in_count: 0, locked_until: null })
  }

  async insertMember(member: Omit<StaffMember, 'failedSignInCount' | 'lockedUntil'>, trx: Database): Promise<void> {
    const now = this.clock.now().toISOString()
    await trx('staff_members').insert({
      staff_id: member.staffId,
      name: member.name,
      email: member.email,
      phone: member.phone,
      password_hash: member.passwordHash,
      password_change_required: member.passwordChangeRequired,
      created_at: now,
      updated_at: now,
    })
  }

  /** Replaces a password hash; `changeRequired` marks it temporary. */
  async setPassword(staffId: string, passwordHash: string, changeRequired: boolean): Promise<void> {
    await this.db('staff_members').where({ staff_id: staffId }).update({
      password_hash: passwordHash,
      password_change_required: changeRequired,
      updated_at: this.clock.now().toISOString(),
    })
  }

  async updateMemberDetails(
    staffId: string,
    details: { name: string; phone: string; email: string },
    trx: Database,
  ): Promise<number> {
    return trx('staff_members')
      .where({ staff_id: staffId })
      .update({ ...details, updated_at: this.clock.now().toISOString() })
  }

  async insertProfile(
    staffId: string,
    system: string,
    role: string,
    grantedBy: string,
    trx: Database,
  ): Promise<number> {
    const inserted: unknown[] = await trx('staff_profiles')
      .insert({ staff_id: staffId, system, role, granted_by: grantedBy, granted_at: this.clock.now().toISOString() })
      .returning('id')
    return returnedId(inserted[0])
  }

  async hasProfile(staffId: string, system: string, role: string, trx: Database = this.db): Promise<boolean> {
    return (await trx('staff_profiles').where({ staff_id: staffId, system, role }).first('id')) !== undefined
  }

  /**
   * Takes the write lock on a role's profiles in a system before a check-then-change, so two
   * administrators revoking at once cannot both see "another one is left". (On SQLite any write
   * takes the database's write lock; on PostgreSQL this locks the rows.)
   */
  async lockProfiles(system: string, role: string, trx: Database): Promise<void> {
    await trx('staff_profiles')
      .where({ system, role })
      .update({ granted_at: trx.ref('granted_at') })
  }

  async deleteProfile(profileId: number, trx: Database): Promise<number> {
    return trx('staff_profiles').where({ id: profileId }).delete()
  }

  async countProfiles(system: string, role: string, trx: Database = this.db): Promise<number> {
    return toCount((await trx('staff_profiles').where({ system, role }).count({ n: '*' }))[0])
  }
}
