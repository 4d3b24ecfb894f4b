import type { ExceptionalCase } from '../../models/exceptional-case.model.ts'
import type { LedgerEntry } from '../../models/exceptional-ledger.model.ts'
import { penceAsPounds, toCsv } from './csv.ts'
import { entryTypeName, methodNames } from './case-money.ts'

export interface StatementLine extends LedgerEntry {
  description: string
  balanceAfterPence: number
}

export interface Statement {
  exceptionalCase: ExceptionalCase
  lines: StatementLine[]
  receivedPence: number
  paidPence: number
  balancePence: number
}

/** A case's ledger in date order with the balance held after each entry, and its totals. */
export function buildStatement(exceptionalCase: ExceptionalCase, entries: LedgerEntry[]): Statement {
  let balance = 0
  let receivedPence = 0
  let paidPence = 0
  const lines = entries.map(entry => {
    if (entry.entryType === 'receipt') {
      receivedPence += entry.amountPence
      balance += entry.amountPence
    } else {
      paidPence += entry.amountPence
      balance -= entry.amountPence
    }
    return { ...entry, description: entryTypeName(entry.entryType, entry.amountPence), balanceAfterPence: balance }
  })
  return { exceptionalCase, lines, receivedPence, paidPence, balancePence: receivedPence - paidPence }
}

/** Money in as positive, money out as negative, as a statement shows it. */
export function signedForStatement(line: LedgerEntry): number {
  return line.entryType === 'receipt' ? line.amountPence : -line.amountPence
}

export function statementCsv(statement: Statement): string {
  return toCsv(
    ['Date', 'Entry', 'Method', 'Payer or payee', 'Reference', 'Reason', 'Amount (£)', 'Balance held (£)'],
    statement.lines.map(line => [
      line.transactionDate,
      line.description,
      methodNames[line.method] ?? line.method,
      line.party,
      line.reference,
      line.reason,
      penceAsPounds(signedForStatement(line)),
      penceAsPounds(line.balanceAfterPence),
    ]),
  )
}
