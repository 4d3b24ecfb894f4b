import { expect } from 'chai'
import { isPastDue, ukDayStart, ukDaysRange } from '../../../services/rules/uk-day-bounds.ts'

describe('UK day bounds', () => {
  it('starts a winter day at midnight UTC and a summer day an hour before', () => {
    expect(ukDayStart('2026-01-15').toISOString()).to.equal('2026-01-15T00:00:00.000Z')
    expect(ukDayStart('2026-07-01').toISOString()).to.equal('2026-06-30T23:00:00.000Z')
  })

  it('handles the days the clocks change', () => {
    // Clocks go forward at 01:00 UTC on 29 March 2026 and back at 01:00 UTC on 25 October 2026.
    expect(ukDayStart('2026-03-29').toISOString()).to.equal('2026-03-29T00:00:00.000Z')
    expect(ukDayStart('2026-03-30').toISOString()).to.equal('2026-03-29T23:00:00.000Z')
    expect(ukDayStart('2026-10-25').toISOString()).to.equal('2026-10-24T23:00:00.000Z')
    expect(ukDayStart('2026-10-26').toISOString()).to.equal('2026-10-26T00:00:00.000Z')
  })

  it('covers whole UK days, both ends included', () => {
    expect(ukDaysRange('2026-07-01', '2026-07-01')).to.deep.equal({
      from: '2026-06-30T23:00:00.000Z',
      to: '2026-07-01T22:59:59.999Z',
    })
    expect(ukDaysRange(undefined, undefined)).to.deep.equal({ from: undefined, to: undefined })
  })

  it('makes a response overdue only once its due day has passed in the UK', () => {
    expect(isPastDue('2026-11-24', new Date('2026-11-24T23:59:00Z'))).to.equal(false)
    expect(isPastDue('2026-11-24', new Date('2026-11-25T00:00:00Z'))).to.equal(true)
    // 23:30 UTC on 30 June is already 1 July in the UK.
    expect(isPastDue('2026-06-30', new Date('2026-06-30T23:30:00Z'))).to.equal(true)
  })
})
