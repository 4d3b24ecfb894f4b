import type { Database } from './db.ts'
import { otherParentFirstNames } from './other-parent-names.ts'

export interface ClientCase {
  id: number
  caseNumber: string
  role: 'paying' | 'receiving'
  /** Only the other parent's first name (none for a special client record): the site never shows more of the other party. */
  otherParentFirstName: string | null
  /** The qualifying children's names, oldest first. */
  children: Array<{ firstName: string; lastName: string }>
}

/** The cases a client is a parent on, as the client sees them: never another client's case. */
export class ClientCasesModel {
  constructor(private readonly db: Database) {}

  async listForClient(clientId: number): Promise<ClientCase[]> {
    const cases = await this.db('cases')
      .where({ paying_parent_client_id: clientId })
      .orWhere({ receiving_parent_client_id: clientId })
      .orderBy('case_number')
      .select('id', 'case_number', 'paying_parent_client_id', 'receiving_parent_client_id')
    if (cases.length === 0) return []
    const otherParentId = (row: (typeof cases)[number]) =>
      row.paying_parent_client_id === clientId ? row.receiving_parent_client_id : row.paying_parent_client_id
    const [children, firstNameOf] = await Promise.all([
      this.db('qualifying_children')
        .whereIn(
          'case_id',
          cases.map(row => row.id),
        )
        .orderBy(['case_id', 'date_of_birth', 'id'])
        .select('case_id', 'first_name', 'last_name'),
      otherParentFirstNames(this.db, cases.map(otherParentId)),
    ])
    return cases.map(row => ({
      id: row.id,
      caseNumber: row.case_number,
      role: row.paying_parent_client_id === clientId ? 'paying' : 'receiving',
      otherParentFirstName: firstNameOf.get(otherParentId(row)) ?? null,
      children: children
        .filter(child => child.case_id === row.id)
        .map(child => ({ firstName: child.first_name, lastName: child.last_name })),
    }))
  }
}
