import type { SpecialClientRecordRow } from '../types/knex-tables-special-client-records.d.ts'
import type { Database } from './db.ts'

export interface SpecialClientRecord {
  clientId: number
  reason: string
  markedBy: string
  markedAt: string
}

/** Which clients are special client records, and who marked them, when and why. */
export class SpecialClientRecords {
  constructor(private readonly db: Database) {}

  async find(clientId: number): Promise<SpecialClientRecord | undefined> {
    const row = await this.db('special_client_records').where({ client_id: clientId }).first()
    return row ? toRecord(row) : undefined
  }

  /** The ids among these clients that are special client records. */
  async specialAmong(clientIds: number[]): Promise<Set<number>> {
    if (clientIds.length === 0) return new Set()
    const rows = await this.db('special_client_records').whereIn('client_id', clientIds).select('client_id')
    return new Set(rows.map(row => row.client_id))
  }

  /** Marks the client, inside the caller's transaction; false when they were marked already. */
  async mark(record: SpecialClientRecord, transaction: Database = this.db): Promise<boolean> {
    const inserted: unknown[] = await transaction('special_client_records')
      .insert({
        client_id: record.clientId,
        reason: record.reason,
        marked_by: record.markedBy,
        marked_at: record.markedAt,
      })
      .onConflict('client_id')
      .ignore()
      .returning('client_id')
    return inserted.length === 1
  }

  /**
   * Takes this mark off, inside the caller's transaction: only if it is still the mark that was read
   * (so the audit entry describes what was removed); false when it was not.
   */
  async unmark(record: SpecialClientRecord, transaction: Database = this.db): Promise<boolean> {
    const deleted = await transaction('special_client_records')
      .where({ client_id: record.clientId, marked_at: record.markedAt, marked_by: record.markedBy })
      .delete()
    return deleted === 1
  }
}

function toRecord(row: SpecialClientRecordRow): SpecialClientRecord {
  return { clientId: row.client_id, reason: row.reason, markedBy: row.marked_by, markedAt: row.marked_at }
}
