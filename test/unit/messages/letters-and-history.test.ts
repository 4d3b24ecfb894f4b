import { expect } from 'chai'
import { letterValues } from '../../../services/letters/letter-pdf.ts'
import { deliveryFor, letterTemplates, mustBePosted } from '../../../services/letters/letter-templates.ts'
import { parseUkDate, ukDayEnd, ukDayStart } from '../../../services/messages/contact-history.ts'

describe('letter delivery', () => {
  it('puts letters on the site for self-service clients and posts them for everyone else', () => {
    expect(deliveryFor('PAYMENT_PLAN', 'self_service')).to.equal('self_service')
    expect(deliveryFor('PAYMENT_PLAN', 'post')).to.equal('post')
    expect(deliveryFor('CMSL9800', 'email')).to.equal('post')
  })

  it('always posts the letters the law says must be posted', () => {
    expect(
      Object.keys(letterTemplates).filter(code => mustBePosted(code as keyof typeof letterTemplates)),
    ).to.deep.equal(['ARREARS_NOTICE'])
    expect(deliveryFor('ARREARS_NOTICE', 'self_service')).to.equal('post')
  })

  it('shows money in pounds and dates in the letter’s language', () => {
    expect(letterValues({ amountPence: 12550, firstPaymentDate: '2026-12-01', caseNumber: 12 }, 'en')).to.deep.equal({
      amount: '£125.50',
      firstPaymentDate: '1 December 2026',
      caseNumber: '12',
    })
    expect(letterValues({ payBy: '2026-12-01' }, 'cy').payBy).to.equal('1 Rhagfyr 2026')
  })
})

describe('contact history dates', () => {
  it('reads dd/mm/yyyy with one or two digits for the day and month', () => {
    expect(parseUkDate('5/10/2026')).to.equal('2026-10-05')
    expect(parseUkDate('05/10/2026')).to.equal('2026-10-05')
    expect(parseUkDate(' 29 / 02 / 2028 ')).to.equal('2028-02-29')
  })

  it('refuses dates that are not real or not dd/mm/yyyy', () => {
    for (const text of ['31/02/2026', '29/02/2027', '2026-10-05', '5/10/26', '10/2026', 'yesterday']) {
      expect(parseUkDate(text), text).to.equal(undefined)
    }
  })

  it('finds where a UK day begins and ends, in GMT and in BST', () => {
    expect(ukDayStart('2026-12-01')).to.equal('2026-12-01T00:00:00.000Z')
    expect(ukDayEnd('2026-12-01')).to.equal('2026-12-01T23:59:59.999Z')
    expect(ukDayStart('2026-07-01')).to.equal('2026-06-30T23:00:00.000Z')
    expect(ukDayEnd('2026-07-01')).to.equal('2026-07-01T22:59:59.999Z')
    // The clocks go back on 25 October 2026: that day is 25 hours long.
    expect(ukDayStart('2026-10-25')).to.equal('2026-10-24T23:00:00.000Z')
    expect(ukDayEnd('2026-10-25')).to.equal('2026-10-25T23:59:59.999Z')
  })
})
