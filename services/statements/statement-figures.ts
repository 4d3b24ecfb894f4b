/*
 * The figures on a statement: each transaction with the running balance after it, and the totals.
 * The balance is what is still owed: opening balance plus amounts due, less amounts paid. Below zero
 * it is in credit (more has been paid than was due).
 */

export interface StatementTransaction {
  /** YYYY-MM-DD */
  date: string
  /** Already in the statement's language. */
  description: string
  amountDuePence: number
  amountPaidPence: number
}

export interface StatementLine extends StatementTransaction {
  balancePence: number
}

export interface StatementFigures {
  openingBalancePence: number
  lines: StatementLine[]
  totalDuePence: number
  totalPaidPence: number
  closingBalancePence: number
}

function assertPence(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new Error(`${what} must be whole pence`)
}

/** Lines in date order (transactions on the same date keep the order they were given in). */
export function statementFigures(openingBalancePence: number, transactions: StatementTransaction[]): StatementFigures {
  assertPence(openingBalancePence, 'The opening balance')
  const ordered = transactions
    .map((transaction, index) => ({ transaction, index }))
    .sort((a, b) => a.transaction.date.localeCompare(b.transaction.date) || a.index - b.index)
    .map(({ transaction }) => transaction)
  let balance = openingBalancePence
  let totalDuePence = 0
  let totalPaidPence = 0
  const lines = ordered.map(transaction => {
    assertPence(transaction.amountDuePence, 'An amount due')
    assertPence(transaction.amountPaidPence, 'An amount paid')
    if (transaction.amountDuePence < 0 || transaction.amountPaidPence < 0) throw new Error('Amounts are never negative')
    balance += transaction.amountDuePence - transaction.amountPaidPence
    totalDuePence += transaction.amountDuePence
    totalPaidPence += transaction.amountPaidPence
    return { ...transaction, balancePence: balance }
  })
  return { openingBalancePence, lines, totalDuePence, totalPaidPence, closingBalancePence: balance }
}
