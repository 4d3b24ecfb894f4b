import { expect } from 'chai'
import { parseDateInput } from '../../../services/validation/date-input.ts'

const check = (day: string, month: string, year: string) =>
  parseDateInput('dob', { day, month, year }, 'ns:dob', { mustBePast: new Date('2026-11-23T10:00:00Z') })

describe('date input', () => {
  it('reads a real date as an ISO date', () => {
    expect(check('1', '1', '1982')).to.deep.equal({ value: '1982-01-01' })
    expect(check(' 29 ', '02', '2024')).to.deep.equal({ value: '2024-02-29' })
  })

  it('names what is missing, and highlights just that', () => {
    expect(check('', '', '').error).to.deep.include({
      key: 'ns:dob.missing',
      href: 'dob-day',
      parts: ['day', 'month', 'year'],
    })
    expect(check('1', '', '1982').error).to.deep.include({
      key: 'ns:dob.missing_month',
      href: 'dob-month',
      parts: ['month'],
    })
    expect(check('', '1', '').error).to.deep.include({ key: 'ns:dob.missing_day_year', parts: ['day', 'year'] })
  })

  it('refuses dates that cannot be real', () => {
    expect(check('30', '2', '2024').error).to.deep.include({ key: 'ns:dob.real', parts: ['day'] })
    expect(check('1', '13', '2024').error).to.deep.include({ key: 'ns:dob.real', parts: ['month'] })
    expect(check('x', '1', '2024').error).to.deep.include({ key: 'ns:dob.real', parts: ['day'] })
    expect(check('1', '1', '24').error).to.deep.include({ key: 'ns:dob.yearFourDigits', parts: ['year'] })
  })

  it('refuses today and later when the date must be in the past', () => {
    expect(check('23', '11', '2026').error).to.deep.include({ key: 'ns:dob.past' })
    expect(check('22', '11', '2026')).to.deep.equal({ value: '2026-11-22' })
  })
})
