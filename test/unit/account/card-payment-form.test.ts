import { expect } from 'chai'
import { checkCardPayment } from '../../../services/validation/card-payment.ts'

const good = { caseId: '', amount: '25.50', myReference: '', acceptTerms: true }

describe('the "Make a payment" form', () => {
  it('needs no case choice when the client pays on one case', () => {
    expect(checkCardPayment(good, [7])).to.deep.equal({
      choice: { caseId: 7, amountPence: 2550, myReference: null },
      errors: [],
    })
  })

  it('takes only one of the client’s own cases when they have several', () => {
    expect(checkCardPayment({ ...good, caseId: '8' }, [7, 8]).choice?.caseId).to.equal(8)
    expect(checkCardPayment({ ...good, caseId: '9' }, [7, 8]).errors.map(error => error.field)).to.deep.equal([
      'caseId',
    ])
    expect(checkCardPayment(good, []).errors.map(error => error.field)).to.deep.equal(['caseId'])
  })

  it('reports every problem at once, in the order of the page', () => {
    const checked = checkCardPayment(
      { caseId: '', amount: '-1', myReference: 'x'.repeat(31), acceptTerms: false },
      [1, 2],
    )
    expect(checked.errors.map(error => error.key)).to.deep.equal([
      'cardPayment:errors.caseId',
      'cardPayment:errors.amount.format',
      'cardPayment:errors.myReference.tooLong',
      'cardPayment:errors.acceptTerms',
    ])
  })

  it('keeps a reference of letters, numbers, spaces, hyphens and slashes, and refuses others', () => {
    expect(checkCardPayment({ ...good, myReference: 'LO-12/3 A' }, [1]).choice?.myReference).to.equal('LO-12/3 A')
    expect(checkCardPayment({ ...good, myReference: 'a;b' }, [1]).errors[0]?.key).to.equal(
      'cardPayment:errors.myReference.characters',
    )
  })
})
