import type { Database } from './db.ts'
import { foldJoinedRows } from './fold-joined-rows.ts'
import { selectOtherParentFirstName } from './other-parent-names.ts'
import type { CaseRow } from '../types/knex-tables.d.ts'

export type CaseRole = 'paying_parent' | 'receiving_parent'

/** Which parent the client is on a case: the paying parent, or else the receiving parent. */
export function roleOnCase(row: Pick<CaseRow, 'paying_parent_client_id'>, clientId: number): CaseRole {
  return row.paying_parent_client_id === clientId ? 'paying_parent' : 'receiving_parent'
}

/** A qualifying child on one of the client's cases: what the client's own pages may show of them. */
export interface CaseChild {
  id: number
  firstName: string
  lastName: string
}

/** A qualifying child with the case they are on, as the client may name them in a message. */
export interface QualifyingChild extends CaseChild {
  caseId: number
}

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
  /** The qualifying children, oldest first (then by first name). */
  children: CaseChild[]
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

type CaseWithNames = CaseRow & {
  other_parent_first_name: string | null
  child_id: number | null
  child_first_name: string | null
  child_last_name: string | null
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Every qualifying child on the given cases, by first name then id (the order the message form
 * offers them in). A child is on one case only, so each appears once.
 */
export function childrenOf(cases: ClientCase[]): QualifyingChild[] {
  return cases
    .flatMap(item => item.children.map(child => ({ ...child, caseId: item.id })))
    .sort((a, b) => byCodeUnits(a.firstName, b.firstName) || a.id - b.id)
}

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
   * The client's cases, by case number, with the other parent's first name and the children, in
   * one query: a row per child (one for a case without any), folded back into cases here.
   */
  async casesFor(clientId: number): Promise<ClientCase[]> {
    const rows = (await selectOtherParentFirstName(this.db, this.ownCases(clientId), clientId)
      .leftJoin('qualifying_children', 'qualifying_children.case_id', 'cases.id')
      .select(
        'cases.*',
        'qualifying_children.id as child_id',
        'qualifying_children.first_name as child_first_name',
        'qualifying_children.last_name as child_last_name',
      )
      .orderBy([
        { column: 'cases.case_number' },
        { column: 'qualifying_children.date_of_birth' },
        { column: 'qualifying_children.first_name' },
        { column: 'qualifying_children.id' },
      ])) as CaseWithNames[]
    return foldJoinedRows<CaseWithNames, ClientCase>(
      rows,
      row => ({
        id: row.id,
        caseNumber: row.case_number,
        role: roleOnCase(row, clientId),
        serviceType: row.service_type === 'direct_pay' ? 'direct_pay' : 'collect_and_pay',
        methodOfPayment: row.method_of_payment,
        receivingParentPaymentMethod: row.receiving_parent_payment_method,
        caseStartDate: row.case_start_date,
        annualReviewDate: row.annual_review_date,
        children: [],
        otherParentFirstName: row.other_parent_first_name,
      }),
      (item, row) => {
        if (row.child_id !== null)
          item.children.push({ id: row.child_id, firstName: row.child_first_name!, lastName: row.child_last_name! })
      },
    )
  }

  /** The children on the client's cases, for the message form: see `childrenOf`. */
  async qualifyingChildrenFor(clientId: number): Promise<QualifyingChild[]> {
    return childrenOf(await this.casesFor(clientId))
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
