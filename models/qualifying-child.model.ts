import type { QualifyingChildRow } from '../types/knex-tables.d.ts'
import type { Database } from './db.ts'

export interface QualifyingChild {
  id: number
  caseId: number
  firstName: string
  lastName: string
}

/** The qualifying children on a client's cases, as the client may name them (in a message, for example). */
export class QualifyingChildren {
  constructor(private readonly db: Database) {}

  /** The children on every case the client pays or receives on, by first name; each child once. */
  async listForClient(clientId: number): Promise<QualifyingChild[]> {
    const rows: QualifyingChildRow[] = await this.db('qualifying_children')
      .join('cases', 'cases.id', 'qualifying_children.case_id')
      .where('cases.paying_parent_client_id', clientId)
      .orWhere('cases.receiving_parent_client_id', clientId)
      .orderBy([
        { column: 'qualifying_children.first_name', order: 'asc' },
        { column: 'qualifying_children.id', order: 'asc' },
      ])
      .select(
        'qualifying_children.id',
        'qualifying_children.case_id',
        'qualifying_children.first_name',
        'qualifying_children.last_name',
      )
    return rows.map(row => ({ id: row.id, caseId: row.case_id, firstName: row.first_name, lastName: row.last_name }))
  }
}
