import { expect } from 'chai'
import { formatDate, formatShortDate, formatTime, ukCalendarDate } from '../../../services/format/dates.ts'
import { formatNationalInsuranceNumber, groupInFours } from '../../../services/format/identifiers.ts'
import { formatMoney } from '../../../services/format/money.ts'

describe('formatting', () => {
  describe('dates', () => {
    it('writes dates the GOV.UK way in English and Welsh', () => {
      expect(formatDate('2015-10-22')).to.equal('22 October 2015')
      expect(formatDate('2015-10-22', 'cy')).to.equal('22 Hydref 2015')
    })

    it('shows an instant as its UK calendar date', () => {
      expect(formatDate('2026-06-30T23:30:00.000Z')).to.equal('1 July 2026')
      expect(formatShortDate('2012-12-31T00:00:00.000Z')).to.equal('31/12/2012')
    })

    it('shows the UK time of day', () => {
      expect(formatTime('2026-01-15T15:05:00.000Z')).to.equal('3:05pm')
      expect(formatTime('2026-07-15T09:00:00.000Z')).to.equal('10:00am')
    })

    it('gives the UK calendar date of an instant', () => {
      expect(ukCalendarDate(new Date('2026-03-29T23:30:00.000Z'))).to.equal('2026-03-30')
    })

    it('shows nothing for a missing date', () => {
      expect(formatDate(null)).to.equal('')
      expect(formatShortDate(undefined)).to.equal('')
    })
  })

  describe('money', () => {
    it('shows whole pence as pounds', () => {
      expect(formatMoney(123456)).to.equal('£1,234.56')
      expect(formatMoney(5)).to.equal('£0.05')
      expect(formatMoney(-2500)).to.equal('-£25.00')
    })

    it('refuses fractions of a penny', () => {
      expect(() => formatMoney(10.5)).to.throw('whole pence')
    })
  })

  describe('identifiers', () => {
    it('groups a user ID in fours', () => {
      expect(groupInFours('206121450971')).to.equal('2061 2145 0971')
      expect(groupInFours('2061 21450971')).to.equal('2061 2145 0971')
    })

    it('spaces a National Insurance number', () => {
      expect(formatNationalInsuranceNumber('ab123456c')).to.equal('AB 12 34 56 C')
    })
  })
})

describe('masking', () => {
  it('shows the first character and the domain of an email address', async () => {
    const { maskEmailAddress } = await import('../../../services/format/identifiers.ts')
    expect(maskEmailAddress('cindy.clarke@example.com')).to.equal('c•••••••••••@example.com')
    expect(maskEmailAddress('a@b.com')).to.equal('a•••@b.com')
    expect(maskEmailAddress('not-an-email')).to.equal('')
  })
})
