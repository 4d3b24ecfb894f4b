import type { Database } from './db.ts'

export interface CaseForCaseworker {
  id: number
  caseNumber: string
  role: 'paying_parent' | 'receiving_parent'
  otherParent: { id: number; first_name: string; last_name: string; customer_reference_number: string } | undefined
  serviceType: string
  methodOfPayment: string
  caseStartDate: string
  annualReviewDate: string
  status: string
  children: string[]
}

/**
 * What the intranet's client view shows of a client's cases: staff see both parents' names in full
 * (the controller hides a special client record's from staff without the profile).
 */
export class CaseworkerClientViewModel {
  constructor(private readonly db: Database) {}

  async casesFor(clientId: number): Promise<CaseForCaseworker[]> {
    const cases = await this.db('cases')
      .where({ paying_parent_client_id: clientId })
      .orWhere({ receiving_parent_client_id: clientId })
      .orderBy('case_number')
    const caseIds = cases.map(row => row.id)
    const otherIds = cases.map(row =>
      row.paying_parent_client_id === clientId ? row.receiving_parent_client_id : row.paying_parent_client_id,
    )
    const [others, children] = await Promise.all([
      this.db('clients').whereIn('id', otherIds).select('id', 'first_name', 'last_name', 'customer_reference_number'),
      this.db('qualifying_children')
        .whereIn('case_id', caseIds)
        .orderBy(['case_id', 'first_name'])
        .select('case_id', 'first_name', 'last_name'),
    ])
    const otherById = new Map(others.map(other => [other.id, other]))
    return cases.map((row, index) => ({
      id: row.id,
      caseNumber: row.case_number,
      role: row.paying_parent_client_id === clientId ? 'paying_parent' : 'receiving_parent',
      otherParent: otherById.get(otherIds[index]!),
      serviceType: row.service_type,
      methodOfPayment: row.method_of_payment,
      caseStartDate: row.case_start_date,
      annualReviewDate: row.annual_review_date,
      status: row.status,
      children: children
        .filter(child => child.case_id === row.id)
        .map(child => `${child.first_name} ${child.last_name}`),
    }))
  }
}
