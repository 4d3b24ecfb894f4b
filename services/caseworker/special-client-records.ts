import type { AuditLog } from '../../models/audit.model.ts'
import type { Database } from '../../models/db.ts'
import type { SpecialClientRecord, SpecialClientRecords } from '../../models/special-client-record.model.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'
import type { Clock } from '../clock.ts'

/** A search result: the whole row, or for a restricted special client record only what identifies it. */
export type SearchResult =
  | { restricted: false; client: ClientRow }
  | { restricted: true; client: Pick<ClientRow, 'id' | 'customer_reference_number'> }

/** The CMS 2012 profile that opens special client records on the intranet. */
export const SPECIAL_CLIENT_RECORDS_ROLE = 'special_client_records'

/** Whether a member holding these profiles may open a special client record. */
export function canOpenSpecialRecords(heldRoles: readonly string[]): boolean {
  return heldRoles.includes(SPECIAL_CLIENT_RECORDS_ROLE)
}

export const SPECIAL_RECORD_REASON_MAX = 500

/**
 * Marking and unmarking special client records, each in one transaction with its audit entry (who,
 * when, why), and the audit entry for every refused attempt to open one.
 */
export class SpecialClientRecordsService {
  constructor(
    private readonly db: Database,
    private readonly records: SpecialClientRecords,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  find(clientId: number): Promise<SpecialClientRecord | undefined> {
    return this.records.find(clientId)
  }

  /** Clients found by a search, as this member may see them: a special client record, to staff without the profile, by its Customer Reference Number only. */
  async screenSearchResults(results: ClientRow[], heldRoles: readonly string[]): Promise<SearchResult[]> {
    if (canOpenSpecialRecords(heldRoles)) return results.map(client => ({ restricted: false, client }))
    const special = await this.records.specialAmong(results.map(client => client.id))
    return results.map(client =>
      special.has(client.id)
        ? { restricted: true, client: { id: client.id, customer_reference_number: client.customer_reference_number } }
        : { restricted: false, client },
    )
  }

  /**
   * The ids among these clients whose names and details this member may not see in a list: the
   * special client records among them, unless the member holds the profile.
   */
  async hiddenFrom(heldRoles: readonly string[], clientIds: number[]): Promise<Set<number>> {
    if (canOpenSpecialRecords(heldRoles)) return new Set()
    return this.records.specialAmong([...new Set(clientIds)])
  }

  /** Marks the client; false (and nothing written) when they were marked already. */
  async mark(clientId: number, staffId: string, reason: string): Promise<boolean> {
    const markedAt = this.clock.now().toISOString()
    return this.db.transaction(async trx => {
      const marked = await this.records.mark({ clientId, reason, markedBy: staffId, markedAt }, trx)
      if (marked) await this.audit('special_client_record_marked', clientId, staffId, { reason }, trx)
      return marked
    })
  }

  /** Takes the mark off; false (and nothing written) when the client was not marked. */
  async unmark(clientId: number, staffId: string, reason: string): Promise<boolean> {
    const was = await this.records.find(clientId)
    if (!was) return false
    return this.db.transaction(async trx => {
      if (!(await this.records.unmark(was, trx))) return false
      await this.audit(
        'special_client_record_unmarked',
        clientId,
        staffId,
        { reason, markedBy: was.markedBy, markedAt: was.markedAt, markedFor: was.reason },
        trx,
      )
      return true
    })
  }

  /** Logs that a member without the profile tried to open a special client record. */
  refusedAccess(clientId: number, staffId: string, page: string): Promise<void> {
    return this.audit('special_client_record_access_refused', clientId, staffId, { page })
  }

  private audit(
    action: string,
    clientId: number,
    staffId: string,
    details: Record<string, unknown>,
    trx?: Database,
  ): Promise<void> {
    return this.auditLog.record(
      { actorType: 'staff', actorId: staffId, action, subjectType: 'client', subjectId: clientId, details },
      trx,
    )
  }
}
