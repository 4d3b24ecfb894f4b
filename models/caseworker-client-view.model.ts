import type { CaseRow } from '../types/knex-tables.d.ts'
import { roleOnCase, type CaseRole } from './client-cases.model.ts'
import type { Database } from './db.ts'
import { foldJoinedRows } from './fold-joined-rows.ts'
import { joinOtherParent } from './other-parent-join.ts'

type CaseWithPeople = CaseRow & {
  other_id: number | null
  other_first_name: string | null
  other_customer_reference_number: string | null
  other_last_name: string | null
  child_first_name: string | null
  child_last_name: string | null
}

export interface CaseForCaseworker {
  id: number
  caseNumber: string
  role: CaseRole
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

  /** The client's cases with the other parent and the children, in one query (a row per child). */
  async casesFor(clientId: number): Promise<CaseForCaseworker[]> {
    const db = this.db
    const rows: CaseWithPeople[] = await joinOtherParent(db, db('cases'), clientId)
      .leftJoin('qualifying_children as child', 'child.case_id', 'cases.id')
      .where('cases.paying_parent_client_id', clientId)
      .orWhere('cases.receiving_parent_client_id', clientId)
      .orderBy([{ column: 'cases.case_number' }, { column: 'child.first_name' }])
      .select(
        'cases.*',
        'other_parent.id as other_id',
        'other_parent.first_name as other_first_name',
        'other_parent.last_name as other_last_name',
        'other_parent.customer_reference_number as other_customer_reference_number',
        'child.first_name as child_first_name',
        'child.last_name as child_last_name',
      )
    return foldJoinedRows<CaseWithPeople, CaseForCaseworker>(
      rows,
      row => ({
        id: row.id,
        caseNumber: row.case_number,
        role: roleOnCase(row, clientId),
        otherParent:
          row.other_id === null
            ? undefined
            : {
                id: row.other_id,
                first_name: row.other_first_name ?? '',
                last_name: row.other_last_name ?? '',
                customer_reference_number: row.other_customer_reference_number ?? '',
              },
        serviceType: row.service_type,
        methodOfPayment: row.method_of_payment,
        caseStartDate: row.case_start_date,
        annualReviewDate: row.annual_review_date,
        status: row.status,
        children: [],
      }),
      (item, row) => {
        if (row.child_first_name !== null) item.children.push(`${row.child_first_name} ${row.child_last_name}`)
      },
    )
  }
}
