import { expect } from 'chai'
import { accountStatus, maintenancePartOf } from '../../../services/account/account-status.ts'

describe('account status on the home page', () => {
  it('is up to date at a zero balance, behind above zero and ahead below it', () => {
    expect(accountStatus(0)).to.deep.equal({ kind: 'up_to_date' })
    expect(accountStatus(76377)).to.deep.equal({ kind: 'behind', pence: 76377 })
    expect(accountStatus(-5000)).to.deep.equal({ kind: 'paid_more', pence: 5000 })
  })

  it('refuses a balance that is not whole pence', () => {
    expect(() => accountStatus(10.5)).to.throw('whole pence')
  })
})

describe('the maintenance part of an amount owed with the collection charge', () => {
  it('takes the 20% charge back off', () => {
    // £161.20 maintenance plus £32.24 charge.
    expect(maintenancePartOf(19344)).to.equal(16120)
    expect(maintenancePartOf(1200, 0)).to.equal(1200)
  })

  it('is nothing when nothing is owed or the paying parent is ahead', () => {
    expect(maintenancePartOf(0)).to.equal(0)
    expect(maintenancePartOf(-5000)).to.equal(0)
  })
})
