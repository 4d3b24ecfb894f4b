import type { CaseBalance, LedgerEntry } from '../../models/exceptional-ledger.model.ts'
import { entryTypeName, methodNames } from './case-money.ts'
import { penceAsPounds, toCsv } from './csv.ts'
import { moneyHeld, type MoneyHeld } from './money-held.ts'

/*
 * The tool's reports, built from ledger entries: every total is a sum of the entries shown, so a
 * report's totals are the ledger's.
 */

export function entryTotals(entries: LedgerEntry[]) {
  const sum = (type: string) =>
    entries.filter(entry => entry.entryType === type).reduce((total, entry) => total + entry.amountPence, 0)
  const receivedPence = sum('receipt')
  const paidPence = sum('payment')
  return { receivedPence, paidPence, netPence: receivedPence - paidPence }
}

export function receiptsAndPaymentsCsv(entries: LedgerEntry[]): string {
  const totals = entryTotals(entries)
  const header = [
    'Date',
    'Case reference',
    'Entry',
    'Method',
    'Payer or payee',
    'Reference',
    'Reason',
    'Received (£)',
    'Paid out (£)',
  ]
  const rows = entries.map(entry => [
    entry.transactionDate,
    entry.caseReference,
    entryTypeName(entry.entryType, entry.amountPence),
    methodNames[entry.method] ?? entry.method,
    entry.party,
    entry.reference,
    entry.reason,
    entry.entryType === 'receipt' ? penceAsPounds(entry.amountPence) : '',
    entry.entryType === 'payment' ? penceAsPounds(entry.amountPence) : '',
  ])
  rows.push(['Total', '', '', '', '', '', '', penceAsPounds(totals.receivedPence), penceAsPounds(totals.paidPence)])
  return toCsv(header, rows)
}

export function balanceTotals(balances: CaseBalance[]) {
  return balances.reduce(
    (totals, row) => ({
      receivedPence: totals.receivedPence + row.receivedPence,
      paidPence: totals.paidPence + row.paidPence,
      balancePence: totals.balancePence + row.balancePence,
    }),
    { receivedPence: 0, paidPence: 0, balancePence: 0 },
  )
}

export function balancesCsv(balances: CaseBalance[]): string {
  const totals = balanceTotals(balances)
  const header = [
    'Case reference',
    'Paying parent',
    'Receiving parent',
    'Received (£)',
    'Paid out (£)',
    'Balance held (£)',
  ]
  const rows = balances.map(row => [
    row.caseReference,
    row.payingParentName,
    row.receivingParentName,
    penceAsPounds(row.receivedPence),
    penceAsPounds(row.paidPence),
    penceAsPounds(row.balancePence),
  ])
  rows.push([
    'Total',
    '',
    '',
    penceAsPounds(totals.receivedPence),
    penceAsPounds(totals.paidPence),
    penceAsPounds(totals.balancePence),
  ])
  return toCsv(header, rows)
}

export type MoneyHeldRow = MoneyHeld & CaseBalance

/** The cases holding money received on or before the cut-off, by case reference. */
export function moneyHeldRows(entries: LedgerEntry[], balances: CaseBalance[], cutOff: string): MoneyHeldRow[] {
  const cases = new Map(balances.map(row => [row.caseId, row]))
  return moneyHeld(entries, cutOff)
    .filter(row => row.heldLongerPence > 0 && cases.has(row.caseId))
    .map(row => ({ ...cases.get(row.caseId)!, ...row }))
    .sort((a, b) => a.caseReference.localeCompare(b.caseReference))
}

export function moneyHeldCsv(rows: MoneyHeldRow[], days: number): string {
  const header = [
    'Case reference',
    'Paying parent',
    'Receiving parent',
    'Balance held (£)',
    `Held longer than ${days} days (£)`,
    'Held since',
  ]
  const lines = rows.map(row => [
    row.caseReference,
    row.payingParentName,
    row.receivingParentName,
    penceAsPounds(row.balancePence),
    penceAsPounds(row.heldLongerPence),
    row.heldSince,
  ])
  lines.push(['Total', '', '', '', penceAsPounds(rows.reduce((sum, row) => sum + row.heldLongerPence, 0)), ''])
  return toCsv(header, lines)
}
