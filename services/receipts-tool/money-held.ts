import type { LedgerEntry } from '../../models/exceptional-ledger.model.ts'

export interface MoneyHeld {
  caseId: number
  balancePence: number
  /** The part of the balance received on or before the cut-off date. */
  heldLongerPence: number
  /** The date of the oldest receipt still (partly) held. */
  heldSince: string | undefined
}

/**
 * How much of each case's balance has been held since on or before a cut-off date. Money is paid
 * out oldest first: payments use up the earliest receipts, so what is left is the latest money in.
 * A reversal counts against the entry it reverses (a bounced cheque was never money held).
 */
export function moneyHeld(entries: LedgerEntry[], cutOff: string): MoneyHeld[] {
  const byCase = new Map<number, LedgerEntry[]>()
  for (const entry of entries) byCase.set(entry.caseId, [...(byCase.get(entry.caseId) ?? []), entry])
  const results: MoneyHeld[] = []
  for (const [caseId, caseEntries] of byCase) {
    const receipts = new Map<number, { date: string; pence: number }>()
    let paidPence = 0
    for (const entry of caseEntries) {
      if (entry.entryType === 'payment') paidPence += entry.amountPence
      else if (entry.reversesEntryId === null)
        receipts.set(entry.id, { date: entry.transactionDate, pence: entry.amountPence })
    }
    for (const entry of caseEntries) {
      const original = entry.reversesEntryId === null ? undefined : receipts.get(entry.reversesEntryId)
      if (entry.entryType === 'receipt' && original) original.pence += entry.amountPence
    }
    const ordered = [...receipts.entries()]
      .sort(([idA, a], [idB, b]) => a.date.localeCompare(b.date) || idA - idB)
      .map(([, receipt]) => receipt)
    const receivedPence = ordered.reduce((sum, receipt) => sum + receipt.pence, 0)
    let unpaid = paidPence
    let heldLongerPence = 0
    let heldSince: string | undefined
    for (const receipt of ordered) {
      const used = Math.min(receipt.pence, Math.max(unpaid, 0))
      unpaid -= used
      const left = receipt.pence - used
      if (left <= 0) continue
      heldSince ??= receipt.date
      if (receipt.date <= cutOff) heldLongerPence += left
    }
    results.push({ caseId, balancePence: receivedPence - paidPence, heldLongerPence, heldSince })
  }
  return results
}
