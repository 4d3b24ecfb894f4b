import type { Knex } from 'knex'
import type { PaymentScheduleItemRow } from '../types/knex-tables.d.ts'
import type { Database } from './db.ts'

export interface PaymentMade {
  caseId: number
  date: string
  amountPence: number
  method: string
}

export interface PaymentDue {
  caseId: number
  dueDate: string
  method: string
  /** Maintenance plus the collection charge: what the paying parent pays. */
  amountPence: number
  maintenancePence: number
  collectionChargePence: number
}

/** A case's money up to a date: what fell due (with charges) and what the paying parent paid. */
export interface CaseMoney {
  caseId: number
  duePence: number
  paidPence: number
}

export interface PlanItem {
  dueDate: string
  method: string
  maintenancePence: number
  collectionChargePence: number
}

export interface PlanTotals {
  itemCount: number
  money: CaseMoney
}

function toPaymentDue(row: PaymentScheduleItemRow): PaymentDue {
  return {
    caseId: row.case_id,
    dueDate: row.due_date,
    method: row.method,
    amountPence: row.amount_pence + row.collection_charge_pence,
    maintenancePence: row.amount_pence,
    collectionChargePence: row.collection_charge_pence,
  }
}

function sum(value: unknown): number {
  if (typeof value === 'number') return value
  return typeof value === 'string' ? Number(value) : 0
}

/**
 * The signed-in client's money on Collect & Pay cases: payments made, payments due and case totals.
 * Every query is joined to the client's own cases, so nothing of another client's can be read.
 */
export class ClientMoney {
  constructor(private readonly db: Database) {}

  private payingCases(clientId: number) {
    return this.db('cases').where({ paying_parent_client_id: clientId, service_type: 'collect_and_pay' }).select('id')
  }

  private ownCollectAndPayCases(clientId: number) {
    return this.db('cases')
      .where({ service_type: 'collect_and_pay' })
      .andWhere(builder => {
        void builder.where({ paying_parent_client_id: clientId }).orWhere({ receiving_parent_client_id: clientId })
      })
      .select('id')
  }

  /** The paying parent's most recent payments since a date, newest first. */
  async paymentsMadeSince(clientId: number, since: string, limit: number): Promise<PaymentMade[]> {
    const rows = await this.db('ledger_entries')
      .whereIn('case_id', this.payingCases(clientId))
      .andWhere({ direction: 'in' })
      .andWhere('transaction_date', '>=', since)
      .orderBy([
        { column: 'transaction_date', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit)
    return rows.map(row => ({
      caseId: row.case_id,
      date: row.transaction_date,
      amountPence: row.amount_pence,
      method: row.method,
    }))
  }

  /** Payments the paying parent is due to make on or after a date, soonest first. */
  async paymentsDueFrom(clientId: number, from: string, limit: number): Promise<PaymentDue[]> {
    const rows = await this.db('payment_schedule_items')
      .whereIn('case_id', this.payingCases(clientId))
      .andWhere('due_date', '>=', from)
      .orderBy([
        { column: 'due_date', order: 'asc' },
        { column: 'id', order: 'asc' },
      ])
      .limit(limit)
    return rows.map(toPaymentDue)
  }

  /**
   * The next due payment on each of the client's Collect & Pay cases (either role), on or after a
   * date: each case's first item found through the (case, due date) index, never the whole plan.
   */
  async nextDueByCase(clientId: number, from: string): Promise<Map<number, PaymentDue>> {
    const rows = await this.rowOfEachCase(clientId, 'payment_schedule_items', first =>
      first.andWhere('picked.due_date', '>=', from).orderBy([
        { column: 'picked.due_date', order: 'asc' },
        { column: 'picked.id', order: 'asc' },
      ]),
    )
    return new Map(rows.map(row => [row.case_id, toPaymentDue(row)]))
  }

  /**
   * What fell due and what was paid in on each of the client's Collect & Pay cases, up to a date:
   * one query, each case's sums read through the (case, date) indexes.
   */
  async caseMoneyUpTo(clientId: number, upTo: string): Promise<Map<number, CaseMoney>> {
    const rows: Array<{ id: number; due: unknown; paid: unknown }> = await this.ownCollectAndPayCases(clientId)
      .clearSelect()
      .select('cases.id', ...this.moneySums(upTo))
    return new Map(rows.map(row => [row.id, { caseId: row.id, duePence: sum(row.due), paidPence: sum(row.paid) }]))
  }

  /**
   * One row of a table for each of the client's Collect & Pay cases: the first that `pick` (conditions
   * and order on `picked`) finds, through the table's (case, …) index, never the whole case's rows.
   */
  private async rowOfEachCase<Table extends 'payment_schedule_items' | 'ledger_entries'>(
    clientId: number,
    table: Table,
    pick: (rows: Knex.QueryBuilder) => Knex.QueryBuilder,
  ) {
    const firstOfEachCase = this.ownCollectAndPayCases(clientId)
      .clearSelect()
      .select(
        pick(this.db(`${table} as picked`).select('picked.id').whereRaw('picked.case_id = cases.id'))
          .limit(1)
          .as('picked_id'),
      )
    return this.db(table).whereIn('id', firstOfEachCase)
  }

  /** Correlated sums for a query on `cases`: `due` (with charges) and `paid` (in), up to a date. */
  private moneySums(upTo: string) {
    return [
      this.db('payment_schedule_items')
        .whereRaw('payment_schedule_items.case_id = cases.id')
        .andWhere('due_date', '<=', upTo)
        .select(this.db.raw('sum(amount_pence + collection_charge_pence)'))
        .as('due'),
      this.db('ledger_entries')
        .whereRaw('ledger_entries.case_id = cases.id')
        .andWhere({ direction: 'in' })
        .andWhere('transaction_date', '<=', upTo)
        .select(this.db.raw('sum(amount_pence)'))
        .as('paid'),
    ]
  }

  /**
   * The latest payment in on each of the client's Collect & Pay cases, up to a date: each case's
   * newest entry found through the (case, direction, date) index, never the whole ledger.
   */
  async lastPaymentByCase(clientId: number, upTo: string): Promise<Map<number, PaymentMade>> {
    const rows = await this.rowOfEachCase(clientId, 'ledger_entries', latest =>
      latest
        .andWhere('picked.direction', 'in')
        .andWhere('picked.transaction_date', '<=', upTo)
        .orderBy([
          { column: 'picked.transaction_date', order: 'desc' },
          { column: 'picked.id', order: 'desc' },
        ]),
    )
    return new Map(
      rows.map(row => [
        row.case_id,
        { caseId: row.case_id, date: row.transaction_date, amountPence: row.amount_pence, method: row.method },
      ]),
    )
  }

  /** One page of a case's payment plan, in due date order: none when the case is not the client's. */
  async planItems(clientId: number, caseId: number, page: { offset: number; limit: number }): Promise<PlanItem[]> {
    const rows = await this.db('payment_schedule_items')
      .whereIn('case_id', this.ownCollectAndPayCases(clientId))
      .andWhere({ case_id: caseId })
      .orderBy([
        { column: 'due_date', order: 'asc' },
        { column: 'id', order: 'asc' },
      ])
      .offset(page.offset)
      .limit(page.limit)
    return rows.map(row => ({
      dueDate: row.due_date,
      method: row.method,
      maintenancePence: row.amount_pence,
      collectionChargePence: row.collection_charge_pence,
    }))
  }

  /**
   * How many items a case's payment plan has, and its money up to a date, in one query: undefined
   * when the case is not one of the client's Collect & Pay cases.
   */
  async planTotals(clientId: number, caseId: number, upTo: string): Promise<PlanTotals | undefined> {
    const row = (await this.ownCollectAndPayCases(clientId)
      .clearSelect()
      .andWhere('cases.id', caseId)
      .select(
        'cases.id',
        this.db('payment_schedule_items').whereRaw('payment_schedule_items.case_id = cases.id').count().as('items'),
        ...this.moneySums(upTo),
      )
      .first()) as { id: number; items: unknown; due: unknown; paid: unknown } | undefined
    if (!row) return undefined
    return { itemCount: sum(row.items), money: { caseId: row.id, duePence: sum(row.due), paidPence: sum(row.paid) } }
  }
}
