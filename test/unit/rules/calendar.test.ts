import { expect } from 'chai'
import { addDays, addMonths, isRealDate, nextAnniversary } from '../../../services/rules/calendar.ts'

describe('calendar rules', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).to.equal('2027-01-02')
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28')
  })

  it('adds months, keeping the last day of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).to.equal('2026-02-28')
    expect(addMonths('2028-01-31', 1)).to.equal('2028-02-29')
    expect(addMonths('2026-05-15', -6)).to.equal('2025-11-15')
  })

  it('finds the next anniversary after a date', () => {
    expect(nextAnniversary('2022-06-14', '2026-11-23')).to.equal('2027-06-14')
    expect(nextAnniversary('2022-12-01', '2026-11-23')).to.equal('2026-12-01')
  })

  it('knows real dates from impossible ones', () => {
    expect(isRealDate(2024, 2, 29)).to.equal(true)
    expect(isRealDate(2026, 2, 29)).to.equal(false)
    expect(isRealDate(2026, 13, 1)).to.equal(false)
  })
})
