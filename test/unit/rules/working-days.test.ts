import { expect } from 'chai'
import { addWorkingDays, isWorkingDay } from '../../../services/rules/working-days.ts'

describe('working days in England and Wales', () => {
  it('skips the weekend: a message on Friday is due on Tuesday', () => {
    expect(addWorkingDays('2026-11-27', 2)).to.equal('2026-12-01')
  })

  it('counts from the next working day when the message arrives at the weekend', () => {
    expect(addWorkingDays('2026-11-28', 2)).to.equal('2026-12-01')
  })

  it('skips bank holidays, including substitute days', () => {
    expect(addWorkingDays('2026-12-24', 2)).to.equal('2026-12-30')
    expect(addWorkingDays('2026-04-02', 2)).to.equal('2026-04-08')
  })

  it('treats weekdays that are not holidays as working days', () => {
    expect(isWorkingDay('2026-12-03')).to.equal(true)
    expect(isWorkingDay('2026-12-05')).to.equal(false)
    expect(isWorkingDay('2026-12-28')).to.equal(false)
  })

  it('refuses dates outside the listed years rather than guess', () => {
    expect(() => addWorkingDays('2029-01-02', 2)).to.throw(/Bank holidays are not listed/)
  })
})
