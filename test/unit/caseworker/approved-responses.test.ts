import { expect } from 'chai'
import { approvedResponses, findApprovedResponse } from '../../../services/caseworker/approved-responses.ts'
import { composeResponse, renderResponse } from '../../../services/caseworker/compose-response.ts'
import { personalDataIn } from '../../../services/rules/personal-data.ts'
import { paidOnFields } from '../../fixtures/approved-responses.ts'

const today = new Date('2026-11-23T10:00:00Z')
const paidOn = findApprovedResponse('payment-paid-on')!
const calculation = findApprovedResponse('calculation-explained')!

describe('approved email responses', () => {
  it('has every paragraph in English and Welsh, with the same fields, and no personal data in the fixed text', () => {
    for (const template of approvedResponses) {
      for (const paragraph of template.paragraphs) {
        const fields = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map(match => match[1]).sort()
        expect(fields(paragraph.text.cy), `${template.id}/${paragraph.id}`).to.deep.equal(fields(paragraph.text.en))
        expect(fields(paragraph.text.en)).to.deep.equal((paragraph.fields ?? []).map(field => field.name).sort())
        expect(paragraph.text.cy).not.to.equal(paragraph.text.en)
        expect(personalDataIn(paragraph.text.en)).to.deep.equal([])
      }
    }
  })

  it('composes a response from the editable fields and the ticked optional paragraphs only', () => {
    const { composed, errors } = composeResponse(paidOn, { ...paidOnFields, optional: 'checkBank' }, today)
    expect(errors).to.deep.equal([])
    expect(composed!.paragraphs).to.deep.equal(['thanks', 'received', 'paidOn', 'checkBank', 'account'])
    const { subject, body } = renderResponse(paidOn, composed!, 'en', 'Cindy')
    expect(subject).to.equal('Important Information about your Child Maintenance case')
    expect(body).to.equal(
      [
        'Dear Cindy',
        'Thank you for your message.',
        'We received a payment of £225.33 for you on 28 October 2026.',
        'We paid it to you on 1 November 2026. Payments can take 2 to 5 working days to reach your account.',
        'If the payment has not reached your account 5 working days after that date, please check with your bank first.',
        'You can see your payments and your payment plan at any time in your self-service account.',
        'Child Maintenance Service',
      ].join('\n\n'),
    )
  })

  it('leaves out optional paragraphs that are not ticked, and writes Welsh for a Welsh client', () => {
    const { composed } = composeResponse(paidOn, paidOnFields, today)
    const { subject, body } = renderResponse(paidOn, composed!, 'cy', 'Aled')
    expect(subject).to.equal('Gwybodaeth Bwysig am eich achos Cynhaliaeth Plant')
    expect(body).to.contain('Annwyl Aled').and.contain('28 Hydref 2026').and.not.contain('banc yn gyntaf')
  })

  it('needs every editable field', () => {
    const { errors } = composeResponse(paidOn, {}, today)
    expect(errors.map(error => error.key)).to.deep.equal([
      'Enter the amount received',
      'Enter the date received',
      'Enter the date paid to the client',
    ])
  })

  it('refuses a date that could be a date of birth', () => {
    const { errors } = composeResponse(paidOn, { ...paidOnFields, 'field-receivedOn-year': '1985' }, today)
    expect(errors.map(error => error.key)).to.deep.equal([
      'Date received must be within the last 2 years or the next year',
    ])
  })

  for (const [typed, found] of [
    ['AB 12 34 56 C', 'a National Insurance number'],
    ['account 12345678', 'an account, card or reference number'],
    ['30-94-30', 'a sort code'],
    ['4444 3333 2222 1111', 'an account, card or reference number'],
    ['born 27/03/1985', 'a date'],
  ] as const) {
    it(`refuses personal data in a text field: ${found}`, () => {
      const { errors } = composeResponse(
        calculation,
        {
          'field-weeklyAmount': '52',
          'field-effectiveFrom-day': '3',
          'field-effectiveFrom-month': '2',
          'field-effectiveFrom-year': '2026',
          optional: 'method',
          'field-paymentMethod': typed,
        },
        today,
      )
      expect(errors).to.have.length(1)
      expect(errors[0]!.key).to.contain('must not include personal data').and.contain(found)
    })
  }

  it('accepts an ordinary method of payment', () => {
    const { composed } = composeResponse(
      calculation,
      {
        'field-weeklyAmount': '52',
        'field-effectiveFrom-day': '3',
        'field-effectiveFrom-month': '2',
        'field-effectiveFrom-year': '2026',
        optional: ['method', 'reconsideration'],
        'field-paymentMethod': 'Direct Debit',
      },
      today,
    )
    expect(renderResponse(calculation, composed!, 'en', 'Ewan').body)
      .to.contain('Your current calculation is £52.00 a week, from 3 February 2026.')
      .and.contain('Payments are made by Direct Debit.')
  })
})
