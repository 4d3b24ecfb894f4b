import type { Clock } from '../services/clock.ts'
import type { AuditLogRow } from '../types/knex-tables.d.ts'
import type { Database } from './db.ts'

export type ActorType = 'client' | 'identity_account' | 'staff' | 'system'

export interface AuditEntry {
  actorType: ActorType
  actorId: string | null
  action: string
  subjectType?: string
  subjectId?: string | number
  /** Old and new values and other facts; never passwords, PINs, card numbers or session ids. */
  details?: Record<string, unknown>
}

export interface AuditRecord extends Required<Omit<AuditEntry, 'details' | 'subjectId'>> {
  id: number
  occurredAt: string
  subjectId: string | null
  details: Record<string, unknown> | null
}

/** The audit log: who did what, when, to which record. Append-only. */
export class AuditLog {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Writes one entry, inside the caller's transaction when one is given so the entry commits with the change. */
  async record(entry: AuditEntry, transaction: Database = this.db): Promise<void> {
    await transaction('audit_log').insert({
      occurred_at: this.clock.now().toISOString(),
      actor_type: entry.actorType,
      actor_id: entry.actorId,
      action: entry.action,
      subject_type: entry.subjectType ?? null,
      subject_id: entry.subjectId === undefined ? null : String(entry.subjectId),
      details: entry.details ? JSON.stringify(entry.details) : null,
    })
  }

  async forSubject(subjectType: string, subjectId: string | number, limit = 100): Promise<AuditRecord[]> {
    const rows = await this.db('audit_log')
      .where({ subject_type: subjectType, subject_id: String(subjectId) })
      .orderBy('id', 'desc')
      .limit(limit)
    return rows.map(toRecord)
  }

  async byAction(action: string, limit = 100): Promise<AuditRecord[]> {
    const rows = await this.db('audit_log').where({ action }).orderBy('id', 'desc').limit(limit)
    return rows.map(toRecord)
  }
}

function toRecord(row: AuditLogRow): AuditRecord {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    actorType: row.actor_type as ActorType,
    actorId: row.actor_id,
    action: row.action,
    subjectType: row.subject_type ?? '',
    subjectId: row.subject_id,
    details: row.details ? (JSON.parse(row.details) as Record<string, unknown>) : null,
  }
}
