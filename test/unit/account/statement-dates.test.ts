import { expect } from 'chai'
import { currentStatementPeriod, hasStatement, statementMonths } from '../../../services/account/statement-periods.ts'
import { transactionsOf } from '../../../services/account/statements.ts'
import { checkStatementDates, type StatementDatesInput } from '../../../services/validation/statement-dates.ts'

const today = '2026-11-23'

function input(from: string, to: string): StatementDatesInput {
  const [fromYear, fromMonth, fromDay] = from.split('-')
  const [toYear, toMonth, toDay] = to.split('-')
  return {
    'from-day': fromDay ?? '',
    'from-month': fromMonth ?? '',
    'from-year': fromYear ?? '',
    'to-day': toDay ?? '',
    'to-month': toMonth ?? '',
    'to-year': toYear ?? '',
  }
}

const keysOf = (from: string, to: string) => checkStatementDates(input(from, to), today).errors.map(error => error.key)

describe('statement periods', () => {
  it('covers the last three months to today for the current statement', () => {
    expect(currentStatementPeriod(today)).to.deep.equal({ from: '2026-09-01', to: '2026-11-23' })
  })

  it('has a copy for each ended month since the case started, five years back at most', () => {
    expect(statementMonths('2026-08-14', today, { from: '2026-01-01', to: today })).to.deep.equal([
      '2026-10',
      '2026-09',
      '2026-08',
    ])
    expect(hasStatement('2026-11', '2020-01-01', today)).to.equal(false)
    expect(hasStatement('2021-12', '2020-01-01', today)).to.equal(true)
    expect(hasStatement('2021-10', '2020-01-01', today)).to.equal(false)
  })
})

describe('the statement dates filter', () => {
  it('accepts a range of up to 12 months within the last five years', () => {
    expect(checkStatementDates(input('2025-11-23', today), today)).to.deep.equal({
      period: { from: '2025-11-23', to: today },
      errors: [],
    })
  })

  it('refuses reversed, too long, too old and future ranges', () => {
    expect(keysOf('2026-10-01', '2026-09-01')).to.deep.equal(['statements:errors.reversed'])
    expect(keysOf('2025-01-01', '2026-01-02')).to.deep.equal(['statements:errors.tooLong'])
    expect(keysOf('2021-11-22', '2022-01-01')).to.deep.equal(['statements:errors.from.tooOld'])
    expect(keysOf('2026-11-01', '2026-11-24')).to.deep.equal(['statements:errors.to.future'])
  })

  it('checks each date is a real date first', () => {
    expect(keysOf('2026-02-30', '--')).to.deep.equal(['statements:errors.from.real', 'statements:errors.to.missing'])
  })
})

describe('statement lines per role', () => {
  const entries = {
    dueItems: [{ date: '2026-10-10', maintenancePence: 10000, collectionChargePence: 2000 }],
    money: [{ date: '2026-10-12', amountPence: 12000, method: 'direct_debit', entryType: 'collected' }],
  }
  const t = ((key: string) => key) as unknown as Parameters<typeof transactionsOf>[2]

  it('charges the paying parent the collection charge on top', () => {
    expect(transactionsOf('paying_parent', entries, t).map(line => line.amountDuePence)).to.deep.equal([12000, 0])
  })

  it('shows the receiving parent what is due after the 4% fee', () => {
    expect(transactionsOf('receiving_parent', entries, t).map(line => line.amountDuePence)).to.deep.equal([9600, 0])
  })
})
