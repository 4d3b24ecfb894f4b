import { expect } from 'chai'
import type { ClientCase } from '../../../models/client-cases.model.ts'
import { directDebitOption, directPaymentOption } from '../../../services/account/direct-debit-eligibility.ts'
import { AccountNumberSecret } from '../../../services/bank-details/account-number-secret.ts'

function paying(methodOfPayment: string, overrides: Partial<ClientCase> = {}): ClientCase {
  return {
    id: 1,
    caseNumber: '1200000101',
    role: 'paying_parent',
    serviceType: 'collect_and_pay',
    methodOfPayment,
    receivingParentPaymentMethod: 'direct_payment',
    caseStartDate: '2022-06-14',
    annualReviewDate: '2027-06-14',
    children: [{ id: 1, firstName: 'Kate', lastName: 'Morgan' }],
    otherParentFirstName: 'Cindy',
    ...overrides,
  }
}

describe('who may set up a Direct Debit (the seed’s rule)', () => {
  it('allows a new one with no method, or only Deductions from Earnings or Benefit', () => {
    expect(directDebitOption([paying('none')])).to.deep.equal({ kind: 'set_up' })
    expect(
      directDebitOption([paying('deduction_from_earnings_order'), paying('deduction_from_benefit')]),
    ).to.deep.equal({
      kind: 'set_up',
    })
    expect(directDebitOption([paying('deduction_from_earnings_request')])).to.deep.equal({ kind: 'set_up' })
  })

  it('offers to amend an existing Direct Debit', () => {
    expect(directDebitOption([paying('direct_debit'), paying('deduction_from_benefit')])).to.deep.equal({
      kind: 'amend',
    })
  })

  it('refuses when any other method is in place, naming it', () => {
    expect(directDebitOption([paying('standing_order'), paying('deduction_from_earnings_order')])).to.deep.equal({
      kind: 'not_eligible',
      methods: ['standing_order'],
    })
  })

  it('is not for receiving parents or Direct Pay cases', () => {
    expect(directDebitOption([paying('none', { role: 'receiving_parent' })])).to.deep.equal({ kind: 'not_paying' })
    expect(directDebitOption([paying('direct_pay', { serviceType: 'direct_pay' })])).to.deep.equal({
      kind: 'not_paying',
    })
  })

  it('offers direct payment to receiving parents on Collect & Pay cases', () => {
    expect(directPaymentOption([paying('none', { role: 'receiving_parent' })], false)).to.deep.equal({ kind: 'set_up' })
    expect(directPaymentOption([paying('none', { role: 'receiving_parent' })], true)).to.deep.equal({ kind: 'amend' })
    expect(directPaymentOption([paying('none')], false)).to.deep.equal({ kind: 'not_receiving' })
  })
})

describe('account numbers kept for the payment run', () => {
  const secret = new AccountNumberSecret(Buffer.alloc(32, 5))

  const binding = { customerReferenceNumber: '121003957455', purpose: 'direct_debit' as const, sortCode: '089999' }

  it('decrypts only for the client, purpose and sort code it was stored with', () => {
    const stored = secret.encrypt('66374958', binding)
    expect(stored).not.to.contain('66374958')
    expect(secret.decrypt(stored, binding)).to.equal('66374958')
    expect(() => secret.decrypt(stored, { ...binding, customerReferenceNumber: '121003957463' })).to.throw()
    expect(() => secret.decrypt(stored, { ...binding, purpose: 'direct_payment' })).to.throw()
    expect(() => secret.decrypt(stored, { ...binding, sortCode: '107999' })).to.throw()
  })

  it('refuses a key that is not 32 bytes and a number that is not 8 digits', () => {
    expect(() => new AccountNumberSecret(Buffer.alloc(16))).to.throw('32 bytes')
    expect(() => secret.encrypt('1234', binding)).to.throw('8 digits')
  })
})
