import { expect } from 'chai'
import { parseDateFields, parseMoney, staffIdError } from '../../../services/validation/staff-fields.ts'

describe('staff form fields', () => {
  describe('money', () => {
    for (const [typed, pence] of [
      ['25', 2_500],
      ['25.5', 2_550],
      ['£1,234.56', 123_456],
      [' 0.01 ', 1],
      ['1000000', 100_000_000],
    ] as const) {
      it(`reads “${typed}” as ${pence} pence`, () => {
        expect(parseMoney(typed, 'amount', 'amount').pence).to.equal(pence)
      })
    }

    for (const [typed, message] of [
      ['', 'Enter the amount'],
      ['abc', 'Enter the amount in pounds and pence, like 25.50'],
      ['1.234', 'Enter the amount in pounds and pence, like 25.50'],
      ['-1', 'Enter the amount in pounds and pence, like 25.50'],
      ['1e3', 'Enter the amount in pounds and pence, like 25.50'],
      ['0.00', 'Amount must be more than £0'],
      ['1000000.01', 'Amount must be £1,000,000 or less'],
    ]) {
      it(`refuses “${typed}” with “${message}”`, () => {
        expect(parseMoney(typed!, 'amount', 'amount').error?.key).to.equal(message)
      })
    }
  })

  describe('dates', () => {
    const date = (day: string, month: string, year: string, today?: string) =>
      parseDateFields({ 'd-day': day, 'd-month': month, 'd-year': year }, 'd', 'date received', today)

    it('reads a real date as YYYY-MM-DD', () => {
      expect(date('9', '3', '2026').date).to.equal('2026-03-09')
      expect(date('29', '2', '2024').date).to.equal('2024-02-29')
    })

    it('accepts today but not tomorrow when there is a today', () => {
      expect(date('23', '11', '2026', '2026-11-23').date).to.equal('2026-11-23')
      expect(date('24', '11', '2026', '2026-11-23').error?.key).to.equal('Date received must be today or in the past')
    })

    for (const [parts, message, href] of [
      [['', '', ''], 'Enter the date received', 'd-day'],
      [['1', '', ''], 'Date received must include a month and year', 'd-month'],
      [['29', '2', '2026'], 'Date received must be a real date', 'd-day'],
      [['1', 'March', '2026'], 'Date received must be a real date', 'd-day'],
      [['1', '3', '26'], 'Year must include 4 numbers', 'd-year'],
    ] as const) {
      it(`says “${message}” for ${parts.join('/')}`, () => {
        const { error } = date(parts[0], parts[1], parts[2])
        expect([error?.key, error?.href]).to.deep.equal([message, href])
      })
    }
  })

  it('checks staff IDs: up to nine numbers', () => {
    expect(staffIdError('123456789')).to.equal(undefined)
    expect(staffIdError('')?.key).to.equal('Enter a staff ID')
    expect(staffIdError('12 34')?.key).to.equal('Staff ID must only include numbers 0 to 9')
    expect(staffIdError('1234567890')?.key).to.equal('Staff ID must be 9 numbers or fewer')
  })
})
