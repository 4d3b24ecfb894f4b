import { expect } from 'chai'
import { statementFigures } from '../../../services/statements/statement-figures.ts'

describe('statement figures', () => {
  it('runs the balance from the opening balance, in date order, and totals each column', () => {
    const figures = statementFigures(1020, [
      { date: '2026-09-28', description: 'Card payment', amountDuePence: 0, amountPaidPence: 30000 },
      { date: '2026-08-28', description: 'Maintenance due', amountDuePence: 21316, amountPaidPence: 0 },
      { date: '2026-08-28', description: 'Payment received', amountDuePence: 0, amountPaidPence: 21316 },
    ])
    expect(figures.lines.map(line => [line.description, line.balancePence])).to.deep.equal([
      ['Maintenance due', 22336],
      ['Payment received', 1020],
      ['Card payment', -28980],
    ])
    expect(figures).to.deep.include({
      openingBalancePence: 1020,
      totalDuePence: 21316,
      totalPaidPence: 51316,
      closingBalancePence: -28980,
    })
  })

  it('gives the opening balance as the closing balance when nothing happened', () => {
    expect(statementFigures(500, [])).to.deep.include({ lines: [], closingBalancePence: 500, totalDuePence: 0 })
  })

  it('refuses amounts that are not whole, non-negative pence', () => {
    const line = { date: '2026-01-01', description: 'x', amountDuePence: 0, amountPaidPence: 0 }
    expect(() => statementFigures(0.5, [])).to.throw('whole pence')
    expect(() => statementFigures(0, [{ ...line, amountDuePence: 1.5 }])).to.throw('whole pence')
    expect(() => statementFigures(0, [{ ...line, amountPaidPence: -1 }])).to.throw('never negative')
  })
})
