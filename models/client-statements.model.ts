import type { Database } from './db.ts'

export interface StatementEntries {
  dueItems: Array<{ date: string; maintenancePence: number; collectionChargePence: number }>
  money: Array<{ date: string; amountPence: number; method: string; entryType: string }>
}

/** What a client's statements are built from, for their own Collect & Pay cases only. */
export class ClientStatements {
  constructor(private readonly db: Database) {}

  /**
   * Everything a statement of one case is built from, up to a date: the plan's due items, and the
   * money in (for the paying parent) or out (for the receiving parent). Empty for a case that is not
   * one of the client's Collect & Pay cases.
   */
  async statementEntries(clientId: number, caseId: number, upTo: string): Promise<StatementEntries> {
    const found = await this.db('cases')
      .where({ id: caseId, service_type: 'collect_and_pay' })
      .andWhere(builder => {
        void builder.where({ paying_parent_client_id: clientId }).orWhere({ receiving_parent_client_id: clientId })
      })
      .first('paying_parent_client_id')
    if (!found) return { dueItems: [], money: [] }
    const direction = found.paying_parent_client_id === clientId ? 'in' : 'out'
    const [dueItems, money] = await Promise.all([
      this.db('payment_schedule_items')
        .where({ case_id: caseId })
        .andWhere('due_date', '<=', upTo)
        .orderBy([{ column: 'due_date' }, { column: 'id' }]),
      this.db('ledger_entries')
        .where({ case_id: caseId, direction })
        .andWhere('transaction_date', '<=', upTo)
        .orderBy([{ column: 'transaction_date' }, { column: 'id' }]),
    ])
    return {
      dueItems: dueItems.map(row => ({
        date: row.due_date,
        maintenancePence: row.amount_pence,
        collectionChargePence: row.collection_charge_pence,
      })),
      money: money.map(row => ({
        date: row.transaction_date,
        amountPence: row.amount_pence,
        method: row.method,
        entryType: row.entry_type,
      })),
    }
  }
}
