import { toCount, type Database } from './db.ts'

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
    return rows.map(row => ({
      caseId: row.case_id,
      dueDate: row.due_date,
      method: row.method,
      amountPence: row.amount_pence + row.collection_charge_pence,
      maintenancePence: row.amount_pence,
      collectionChargePence: row.collection_charge_pence,
    }))
  }

  /** The next due payment on each of the client's Collect & Pay cases (either role), on or after a date. */
  async nextDueByCase(clientId: number, from: string): Promise<Map<number, PaymentDue>> {
    const rows = await this.db('payment_schedule_items')
      .whereIn('case_id', this.ownCollectAndPayCases(clientId))
      .andWhere('due_date', '>=', from)
      .orderBy([
        { column: 'due_date', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
    const next = new Map<number, PaymentDue>()
    for (const row of rows) {
      next.set(row.case_id, {
        caseId: row.case_id,
        dueDate: row.due_date,
        method: row.method,
        amountPence: row.amount_pence + row.collection_charge_pence,
        maintenancePence: row.amount_pence,
        collectionChargePence: row.collection_charge_pence,
      })
    }
    return next
  }

  /** What fell due and what was paid in on each of the client's Collect & Pay cases, up to a date. */
  async caseMoneyUpTo(clientId: number, upTo: string): Promise<Map<number, CaseMoney>> {
    const [due, paid] = await Promise.all([
      this.db('payment_schedule_items')
        .whereIn('case_id', this.ownCollectAndPayCases(clientId))
        .andWhere('due_date', '<=', upTo)
        .groupBy('case_id')
        .select('case_id')
        .sum({ amount: 'amount_pence', charge: 'collection_charge_pence' }),
      this.db('ledger_entries')
        .whereIn('case_id', this.ownCollectAndPayCases(clientId))
        .andWhere({ direction: 'in' })
        .andWhere('transaction_date', '<=', upTo)
        .groupBy('case_id')
        .select('case_id')
        .sum({ amount: 'amount_pence' }),
    ])
    const money = new Map<number, CaseMoney>()
    const entry = (caseId: number) => money.get(caseId) ?? { caseId, duePence: 0, paidPence: 0 }
    for (const row of due as Array<{ case_id: number; amount: unknown; charge: unknown }>) {
      money.set(row.case_id, { ...entry(row.case_id), duePence: sum(row.amount) + sum(row.charge) })
    }
    for (const row of paid as Array<{ case_id: number; amount: unknown }>) {
      money.set(row.case_id, { ...entry(row.case_id), paidPence: sum(row.amount) })
    }
    return money
  }

  /** The latest payment in on each of the client's Collect & Pay cases, up to a date. */
  async lastPaymentByCase(clientId: number, upTo: string): Promise<Map<number, PaymentMade>> {
    const rows = await this.db('ledger_entries')
      .whereIn('case_id', this.ownCollectAndPayCases(clientId))
      .andWhere({ direction: 'in' })
      .andWhere('transaction_date', '<=', upTo)
      .orderBy([
        { column: 'transaction_date', order: 'asc' },
        { column: 'id', order: 'asc' },
      ])
    const last = new Map<number, PaymentMade>()
    for (const row of rows) {
      last.set(row.case_id, {
        caseId: row.case_id,
        date: row.transaction_date,
        amountPence: row.amount_pence,
        method: row.method,
      })
    }
    return last
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

  async planItemCount(clientId: number, caseId: number): Promise<number> {
    const row = await this.db('payment_schedule_items')
      .whereIn('case_id', this.ownCollectAndPayCases(clientId))
      .andWhere({ case_id: caseId })
      .count({ count: '*' })
      .first()
    return toCount(row)
  }
}
