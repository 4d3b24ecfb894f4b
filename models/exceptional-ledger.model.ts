import type { Clock } from '../services/clock.ts'
import type { ExceptionalCaseLedgerRow } from '../types/knex-tables-receipts-tool.d.ts'
import { returnedId, type Database } from './db.ts'

export type EntryType = 'receipt' | 'payment'

export interface NewLedgerEntry {
  caseId: number
  entryType: EntryType
  /** Signed pence: positive for a receipt or payment, the opposite sign for a reversal. */
  amountPence: number
  transactionDate: string
  method: string
  party: string
  reference: string
  reversesEntryId: number | null
  reason: string
  balanceOverride: boolean
  recordedBy: string
}

export interface LedgerEntry extends NewLedgerEntry {
  id: number
  recordedAt: string
  caseReference: string
  reversedByEntryId: number | null
}

export interface CaseBalance {
  caseId: number
  caseReference: string
  payingParentName: string
  receivingParentName: string
  receivedPence: number
  paidPence: number
  balancePence: number
}

type JoinedRow = ExceptionalCaseLedgerRow & { case_reference: string; reversed_by_entry_id: number | null }

function toEntry(row: JoinedRow): LedgerEntry {
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: row.case_reference,
    entryType: row.entry_type as EntryType,
    amountPence: Number(row.amount_pence),
    transactionDate: row.transaction_date,
    method: row.method,
    party: row.party ?? '',
    reference: row.reference ?? '',
    reversesEntryId: row.reverses_entry_id,
    reversedByEntryId: row.reversed_by_entry_id,
    reason: row.reason ?? '',
    balanceOverride: Boolean(row.balance_override),
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
  }
}

const received = "coalesce(sum(case when l.entry_type = 'receipt' then l.amount_pence else 0 end), 0)"
const paid = "coalesce(sum(case when l.entry_type = 'payment' then l.amount_pence else 0 end), 0)"

/**
 * The exceptional cases' money: an append-only ledger of receipts and payments. There is no update
 * or delete here on purpose; a correction is a new entry reversing an old one.
 */
export class ExceptionalLedgerModel {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async insert(entry: NewLedgerEntry, trx: Database): Promise<number> {
    const inserted: unknown[] = await trx('exceptional_case_ledger')
      .insert({
        case_id: entry.caseId,
        entry_type: entry.entryType,
        amount_pence: entry.amountPence,
        transaction_date: entry.transactionDate,
        method: entry.method,
        party: entry.party || null,
        reference: entry.reference || null,
        reverses_entry_id: entry.reversesEntryId,
        reason: entry.reason || null,
        balance_override: entry.balanceOverride,
        recorded_by: entry.recordedBy,
        recorded_at: this.clock.now().toISOString(),
      })
      .returning('id')
    return returnedId(inserted[0])
  }

  private entries(trx: Database = this.db) {
    return trx('exceptional_case_ledger as l')
      .join('exceptional_cases as c', 'c.id', 'l.case_id')
      .leftJoin('exceptional_case_ledger as r', 'r.reverses_entry_id', 'l.id')
      .select('l.*', 'c.case_reference', 'r.id as reversed_by_entry_id')
      .orderBy([
        { column: 'l.transaction_date', order: 'asc' },
        { column: 'l.id', order: 'asc' },
      ])
  }

  async entriesOf(caseId: number): Promise<LedgerEntry[]> {
    const rows = (await this.entries().where('l.case_id', caseId)) as JoinedRow[]
    return rows.map(toEntry)
  }

  async find(caseId: number, entryId: number, trx: Database = this.db): Promise<LedgerEntry | undefined> {
    const row = (await this.entries(trx).where({ 'l.case_id': caseId, 'l.id': entryId }).first()) as
      JoinedRow | undefined
    return row ? toEntry(row) : undefined
  }

  /** Entries dated from one day to another inclusive, optionally for one case, oldest first. */
  async between(from: string, to: string, caseId?: number): Promise<LedgerEntry[]> {
    const query = this.entries().whereBetween('l.transaction_date', [from, to])
    if (caseId !== undefined) void query.andWhere('l.case_id', caseId)
    return ((await query) as JoinedRow[]).map(toEntry)
  }

  /** Money received less money paid out, in pence. */
  async balanceOf(caseId: number, trx: Database = this.db): Promise<number> {
    const rows: Array<{ balance: number | string }> = await trx('exceptional_case_ledger as l')
      .where('l.case_id', caseId)
      .select(trx.raw(`${received} - ${paid} as balance`))
    return Number(rows[0]?.balance ?? 0)
  }

  /** Every case with what it has received, paid out and holds, by case reference. */
  async balances(caseId?: number): Promise<CaseBalance[]> {
    const query = this.db('exceptional_cases as c')
      .leftJoin('exceptional_case_ledger as l', 'l.case_id', 'c.id')
      .groupBy('c.id', 'c.case_reference', 'c.paying_parent_name', 'c.receiving_parent_name')
      .orderBy('c.case_reference')
      .select(
        'c.id as caseId',
        'c.case_reference as caseReference',
        'c.paying_parent_name as payingParentName',
        'c.receiving_parent_name as receivingParentName',
        this.db.raw(`${received} as received`),
        this.db.raw(`${paid} as paid`),
      )
    if (caseId !== undefined) void query.where('c.id', caseId)
    const rows = (await query) as Array<
      Omit<CaseBalance, 'receivedPence' | 'paidPence' | 'balancePence'> & {
        received: number | string
        paid: number | string
      }
    >
    return rows.map(({ received: receivedTotal, paid: paidTotal, ...row }) => ({
      ...row,
      receivedPence: Number(receivedTotal),
      paidPence: Number(paidTotal),
      balancePence: Number(receivedTotal) - Number(paidTotal),
    }))
  }

  /** Every entry of every case, for working out how long money has been held. */
  async all(): Promise<LedgerEntry[]> {
    return ((await this.entries()) as JoinedRow[]).map(toEntry)
  }
}
