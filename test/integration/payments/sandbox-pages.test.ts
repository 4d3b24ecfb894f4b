import { expect } from 'chai'
import request from 'supertest'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { cardForm, openSandboxPayment, postForm } from '../../support/payment-sandbox.ts'

describe('payment sandbox: card details page', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  it('asks for card details in GOV.UK Pay’s words, with the payment summary and autocomplete', async () => {
    const { html } = await openSandboxPayment(testApp, request.agent(testApp.app), { amountPence: 12345 })
    const $ = parseHtml(html)
    expect($('html').attr('lang')).to.equal('en')
    expect(textOf($, 'h1')).to.equal('Enter card details')
    expect($('title').text()).to.match(/^Enter card details – Child Maintenance Service – GOV.UK/)
    expect(textOf($, '[data-amount]')).to.equal('£123.45')
    expect($('main').text()).to.contain('Child maintenance payment')
    const autocomplete: Record<string, string | undefined> = Object.fromEntries(
      $('input[autocomplete]')
        .toArray()
        .map(input => [$(input).attr('name') ?? '', $(input).attr('autocomplete')] as const),
    )
    expect(autocomplete).to.deep.equal({
      cardNumber: 'cc-number',
      expiryMonth: 'cc-exp-month',
      expiryYear: 'cc-exp-year',
      cardholderName: 'cc-name',
      securityCode: 'cc-csc',
      addressLine1: 'billing address-line1',
      addressLine2: 'billing address-line2',
      addressCity: 'billing address-level2',
      addressPostcode: 'billing postal-code',
    })
    expect($('form[novalidate] input[name="_csrf"]')).to.have.length(2)
  })

  it('speaks Welsh when the payment was created in Welsh', async () => {
    const { html } = await openSandboxPayment(testApp, request.agent(testApp.app), { language: 'cy' })
    const $ = parseHtml(html)
    expect($('html').attr('lang')).to.equal('cy')
    expect(textOf($, 'h1')).to.equal('Rhowch fanylion y cerdyn')
    expect(textOf($, 'label[for="cardNumber"]')).to.equal('Rhif cerdyn')
    expect($('button').text()).to.contain('Canslo’r taliad')
  })

  describe('validation', () => {
    async function submit(fields: Record<string, string>, language: 'en' | 'cy' = 'en') {
      const agent = request.agent(testApp.app)
      const opened = await openSandboxPayment(testApp, agent, { language })
      const response = await postForm(agent, opened.cardDetailsUrl, opened.html, fields)
      expect(response.status).to.equal(400)
      const $ = parseHtml(response.text)
      const summary = $('.govuk-error-summary a')
        .toArray()
        .map(link => ({ text: $(link).text().trim(), href: $(link).attr('href') }))
      return { $, summary, opened, response }
    }

    it('lists every missing field, linked to its input, and prefixes the title with Error:', async () => {
      const { $, summary } = await submit({})
      expect(summary).to.deep.equal([
        { text: 'Enter a valid card number', href: '#cardNumber' },
        { text: 'Enter a valid expiry date', href: '#expiryMonth' },
        { text: 'Enter the name as it appears on the card', href: '#cardholderName' },
        { text: 'Enter a valid card security code', href: '#securityCode' },
        { text: 'Enter a valid billing address', href: '#addressLine1' },
        { text: 'Enter a valid town or city', href: '#addressCity' },
        { text: 'Enter a valid postcode', href: '#addressPostcode' },
      ])
      expect($('title').text()).to.match(/^Error: Enter card details/)
      expect(textOf($, '#cardNumber-error')).to.equal('Error: Enter a valid card number')
      expect($('#expiryMonth').hasClass('govuk-input--error')).to.equal(true)
    })

    const cases: Array<[string, Record<string, string>, string, string]> = [
      ['a card number with letters', { cardNumber: '4444 3333 2222 111O' }, 'cardNumber', 'Enter a valid card number'],
      ['a card number too short', { cardNumber: '4444 3333 2' }, 'cardNumber', 'Card number is not the correct length'],
      [
        'a card number failing the Luhn check',
        { cardNumber: '4444333322221112' },
        'cardNumber',
        'Enter a valid card number',
      ],
      [
        'a card of a brand not accepted',
        { cardNumber: '9999999999999995' },
        'cardNumber',
        'This card type is not accepted',
      ],
      ['an expiry month of 13', { expiryMonth: '13' }, 'expiry', 'Enter a valid expiry date'],
      [
        'an expiry date in the past',
        { expiryMonth: '10', expiryYear: '2026' },
        'expiry',
        'Enter an expiry date in the future',
      ],
      [
        'a name that holds a card number',
        { cardholderName: '4444333322221111' },
        'cardholderName',
        'Enter the name as it appears on the card',
      ],
      [
        'a 3-digit code on an American Express card',
        { cardNumber: '371449635398431', securityCode: '123' },
        'securityCode',
        'Enter a valid card security code',
      ],
      ['a 2-digit security code', { securityCode: '12' }, 'securityCode', 'Enter a valid card security code'],
      [
        'a second address line holding a card number',
        { addressLine2: '4444 3333 2222 1111' },
        'addressLine2',
        'Enter valid address information',
      ],
      ['a postcode that is not one', { addressPostcode: 'LS1' }, 'addressPostcode', 'Enter a valid postcode'],
    ]
    for (const [name, fields, field, message] of cases) {
      it(`refuses ${name}`, async () => {
        const { summary, $ } = await submit(cardForm(fields))
        expect(summary.map(item => item.text)).to.deep.equal([message])
        const id = field === 'expiry' ? 'expiry' : field
        expect(textOf($, `#${id}-error`)).to.equal(`Error: ${message}`)
      })
    }

    it('keeps what was typed, except the card number and security code', async () => {
      const { $ } = await submit(
        cardForm({
          cardNumber: '4242 4242 4242 4242',
          securityCode: '987',
          addressPostcode: 'nowhere',
          cardholderName: 'Dev Patel',
        }),
      )
      expect($('#cardholderName').val()).to.equal('Dev Patel')
      expect($('#addressLine1').val()).to.equal('1 High Street')
      expect($('#addressPostcode').val()).to.equal('nowhere')
      expect($('#expiryMonth').val()).to.equal('12')
      expect($('#cardNumber').val() ?? '').to.equal('')
      expect($('#securityCode').val() ?? '').to.equal('')
      expect($.html()).not.to.contain('4242 4242 4242 4242')
      // Not the whole HTML for the code: three digits turn up by chance in the page's random tokens and ids.
      const shownValues = $('input:not([type=hidden]), textarea')
        .toArray()
        .map(element => String($(element).val() ?? ''))
      expect(shownValues.filter(value => value.includes('987'))).to.deep.equal([])
      expect($('body').text()).not.to.contain('987')
    })

    it('gives the errors in Welsh on a Welsh payment', async () => {
      const { summary, $ } = await submit(cardForm({ cardNumber: '' }), 'cy')
      expect(summary.map(item => item.text)).to.deep.equal(['Rhowch rif cerdyn dilys'])
      expect($('title').text()).to.match(/^Gwall: Rhowch fanylion y cerdyn/)
    })

    it('does not take a payment while the form has errors', async () => {
      const { opened } = await submit(cardForm({ securityCode: '' }))
      const payment = await testApp.deps.paymentProvider.getPayment(opened.paymentId)
      expect(payment?.status).to.equal('started')
      expect(payment?.card).to.equal(null)
    })
  })
})
