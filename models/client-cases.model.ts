import type { Database } from './db.ts'
import { selectOtherParentFirstName } from './other-parent-names.ts'
import type { CaseRow } from '../types/knex-tables.d.ts'

export type CaseRole = 'paying_parent' | 'receiving_parent'

/** A case as its own client sees it: of the other parent, only the first name (none for a special client record). */
export interface ClientCase {
  id: number
  caseNumber: string
  role: CaseRole
  serviceType: 'collect_and_pay' | 'direct_pay'
  methodOfPayment: string
  receivingParentPaymentMethod: string
  caseStartDate: string
  annualReviewDate: string
  /** Qualifying children's first names only. */
  children: string[]
  otherParentFirstName: string | null
}

export interface CalculationForClient {
  effectiveDate: string
  reason: string
  rate: string
  grossWeeklyIncomePence: number
  qualifyingChildren: number
  otherRelevantChildren: number
  sharedCareNightsPerYear: number
  weeklyAmountPence: number
  collectionChargePercent: number
}

type CaseWithNames = CaseRow & { other_parent_first_name: string | null; child_first_name: string | null }

/** The signed-in client's cases. Every query is scoped to the client: another client's case is never found. */
export class ClientCases {
  constructor(private readonly db: Database) {}

  private ownCases(clientId: number) {
    return this.db('cases').where(builder => {
      void builder
        .where('cases.paying_parent_client_id', clientId)
        .orWhere('cases.receiving_parent_client_id', clientId)
    })
  }

  /**
   * The client's cases with the other parent's first name and the children's, in one query: a
   * row per child (one for a case without any), folded back into cases here.
   */
  async casesFor(clientId: number): Promise<ClientCase[]> {
    const rows = (await selectOtherParentFirstName(this.db, this.ownCases(clientId), clientId)
      .leftJoin('qualifying_children', 'qualifying_children.case_id', 'cases.id')
      .select('cases.*', 'qualifying_children.first_name as child_first_name')
      .orderBy([
        { column: 'cases.case_number' },
        { column: 'qualifying_children.date_of_birth' },
        { column: 'qualifying_children.first_name' },
      ])) as CaseWithNames[]
    const cases = new Map<number, ClientCase>()
    for (const row of rows) {
      let item = cases.get(row.id)
      if (!item) {
        item = {
          id: row.id,
          caseNumber: row.case_number,
          role: row.paying_parent_client_id === clientId ? 'paying_parent' : 'receiving_parent',
          serviceType: row.service_type === 'direct_pay' ? 'direct_pay' : 'collect_and_pay',
          methodOfPayment: row.method_of_payment,
          receivingParentPaymentMethod: row.receiving_parent_payment_method,
          caseStartDate: row.case_start_date,
          annualReviewDate: row.annual_review_date,
          children: [],
          otherParentFirstName: row.other_parent_first_name,
        }
        cases.set(row.id, item)
      }
      if (row.child_first_name !== null) item.children.push(row.child_first_name)
    }
    return [...cases.values()]
  }

  /** One of the client's own cases, or undefined for any case that is not theirs. */
  async caseFor(clientId: number, caseId: number): Promise<ClientCase | undefined> {
    return (await this.casesFor(clientId)).find(item => item.id === caseId)
  }

  /** The case's maintenance calculations, newest first: none when the case is not the client's. */
  async calculationsFor(clientId: number, caseId: number): Promise<CalculationForClient[]> {
    const rows = await this.db('maintenance_calculations')
      .whereIn('case_id', this.ownCases(clientId).select('cases.id'))
      .andWhere({ case_id: caseId })
      .orderBy([
        { column: 'effective_date', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
    return rows.map(row => ({
      effectiveDate: row.effective_date,
      reason: row.reason,
      rate: row.rate,
      grossWeeklyIncomePence: row.paying_parent_gross_weekly_income_pence,
      qualifyingChildren: row.qualifying_children_count,
      otherRelevantChildren: row.other_relevant_children_count,
      sharedCareNightsPerYear: row.shared_care_nights_per_year,
      weeklyAmountPence: row.weekly_amount_pence,
      collectionChargePercent: row.collection_charge_percent,
    }))
  }
}
