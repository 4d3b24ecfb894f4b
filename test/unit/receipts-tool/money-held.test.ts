import { expect } from 'chai'
import type { LedgerEntry } from '../../../models/exceptional-ledger.model.ts'
import { moneyHeld } from '../../../services/receipts-tool/money-held.ts'

let nextId = 1
function entry(
  fields: Partial<LedgerEntry> & Pick<LedgerEntry, 'entryType' | 'amountPence' | 'transactionDate'>,
): LedgerEntry {
  return {
    id: nextId++,
    caseId: 1,
    caseReference: 'EC000001',
    method: 'cheque',
    party: '',
    reference: '',
    reversesEntryId: null,
    reversedByEntryId: null,
    reason: '',
    balanceOverride: false,
    recordedBy: '35220900',
    recordedAt: '2026-11-23T10:00:00.000Z',
    ...fields,
  }
}

const receipt = (amountPence: number, transactionDate: string, fields: Partial<LedgerEntry> = {}) =>
  entry({ entryType: 'receipt', amountPence, transactionDate, ...fields })
const payment = (amountPence: number, transactionDate: string) =>
  entry({ entryType: 'payment', amountPence, transactionDate })

describe('money held longer than a number of days', () => {
  it('counts receipts on or before the cut-off that have not been paid out', () => {
    const [held] = moneyHeld([receipt(1_000, '2026-10-01'), receipt(2_000, '2026-11-20')], '2026-10-26')
    expect(held).to.deep.equal({ caseId: 1, balancePence: 3_000, heldLongerPence: 1_000, heldSince: '2026-10-01' })
  })

  it('pays out the oldest money first', () => {
    const entries = [receipt(1_000, '2026-09-01'), receipt(1_000, '2026-10-01'), payment(1_500, '2026-11-01')]
    expect(moneyHeld(entries, '2026-10-26')[0]).to.include({
      balancePence: 500,
      heldLongerPence: 500,
      heldSince: '2026-10-01',
    })
    expect(moneyHeld(entries, '2026-09-30')[0]).to.include({ heldLongerPence: 0 })
  })

  it('takes a reversed receipt out at its own date, so a returned cheque was never held', () => {
    const cheque = receipt(1_000, '2026-09-01')
    const entries = [cheque, receipt(-1_000, '2026-11-22', { reversesEntryId: cheque.id }), receipt(700, '2026-11-01')]
    expect(moneyHeld(entries, '2026-10-26')[0]).to.include({
      balancePence: 700,
      heldLongerPence: 0,
      heldSince: '2026-11-01',
    })
  })

  it('holds nothing when more has been paid out than received', () => {
    const [held] = moneyHeld([receipt(1_000, '2026-01-01'), payment(1_200, '2026-02-01')], '2026-10-26')
    expect(held).to.deep.equal({ caseId: 1, balancePence: -200, heldLongerPence: 0, heldSince: undefined })
  })

  it('works case by case', () => {
    const result = moneyHeld([receipt(100, '2026-01-01'), receipt(200, '2026-01-01', { caseId: 2 })], '2026-10-26')
    expect(result.map(row => [row.caseId, row.heldLongerPence])).to.deep.equal([
      [1, 100],
      [2, 200],
    ])
  })
})
