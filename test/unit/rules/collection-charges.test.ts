import { expect } from 'chai'
import { payingParentCharge, receivingParentFee, weeklyToMonthly } from '../../../services/rules/collection-charges.ts'

describe('collection charges', () => {
  it('charges the paying parent 20% on Collect & Pay', () => {
    expect(payingParentCharge(22533, 'collect_and_pay')).to.equal(4507)
  })

  it('takes 4% from the receiving parent on Collect & Pay', () => {
    expect(receivingParentFee(22533, 'collect_and_pay')).to.equal(901)
  })

  it('charges nothing on Direct Pay', () => {
    expect(payingParentCharge(22533, 'direct_pay')).to.equal(0)
    expect(receivingParentFee(22533, 'direct_pay')).to.equal(0)
  })

  it('turns a weekly amount into a monthly one in whole pence', () => {
    expect(weeklyToMonthly(5200)).to.equal(22533)
  })
})
