import { expect } from 'chai'
import type { Response } from 'supertest'
import type { Agent } from '../../support/client-journeys.ts'
import { demoCaseId, signInDemoClient } from '../../support/demo-clients.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../../support/html.ts'
import { cardForm, postForm } from '../../support/payment-sandbox.ts'
import { createTestApp, TEST_START_TIME, type TestApp } from '../../support/test-app.ts'

const FORM = '/client/make-a-payment'
const RETURN = '/client/make-a-payment/return'

async function postPayment(agent: Agent, fields: Record<string, string>): Promise<Response> {
  const page = await agent.get(FORM)
  return postForm(agent, FORM, page.text, fields)
}

/** Pays on the sandbox's pages with a card; returns the address the sandbox sends the browser back to. */
async function payWithCard(agent: Agent, nextUrl: string, cardNumber: string): Promise<string> {
  const opened = await agent.get(nextUrl)
  const cardDetailsUrl = opened.headers.location!
  const cardPage = await agent.get(cardDetailsUrl)
  await postForm(agent, cardDetailsUrl, cardPage.text, cardForm({ cardNumber }))
  const next = await agent.get(cardDetailsUrl)
  if (next.status !== 303) return parseHtml(next.text)('a.govuk-button').attr('href')!
  const confirmPage = await agent.get(next.headers.location!)
  const confirmed = await postForm(agent, next.headers.location!, confirmPage.text)
  return (await agent.get(confirmed.headers.location!)).headers.location!
}

describe('pay by card: the client’s own card payments', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())
  afterEach(() => testApp.clock.set(TEST_START_TIME))

  it('asks for the amount, "My reference" and the terms, for the one case a paying parent pays on', async () => {
    const { agent } = await signInDemoClient(testApp, 'ewan')
    const page = await agent.get(FORM)
    expect(page.status).to.equal(200)
    const $ = parseHtml(page.text)
    expect($('form[method="post"][novalidate] input[name="_csrf"]')).to.have.length(1)
    expect(textOf($, '[data-test="paying-for"]')).to.equal('You are paying for case 1200000402 (Ellie).')
    expect($('input[name="caseId"]')).to.have.length(0)
    expect($('#amount').attr('inputmode')).to.equal('decimal')
    expect($('#myReference').attr('autocomplete')).to.equal('off')
    expect($('input[name="acceptTerms"][value="yes"]')).to.have.length(1)
  })

  it('takes a payment end to end, counting it once however often the success page is reloaded', async () => {
    const { agent, clientId } = await signInDemoClient(testApp, 'ewan')
    const started = await postPayment(agent, { amount: '73.50', myReference: 'SAR 123/4', acceptTerms: 'yes' })
    expect(started.status).to.equal(303)
    expect(started.headers.location).to.match(/^\/payment-sandbox\/secure\//)
    const back = await payWithCard(agent, started.headers.location!, '4444333322221111')
    expect(back).to.equal(RETURN)

    for (let visit = 0; visit < 3; visit++) {
      const result = await agent.get(back)
      expect(result.status).to.equal(200)
      const $ = parseHtml(result.text)
      expect(textOf($, '.govuk-panel__title')).to.equal('Payment successful')
      expect(textOf($, '.govuk-summary-list'))
        .to.contain('£73.50')
        .and.contain('Visa ending in 1111')
        .and.contain('SAR 123/4')
    }
    const caseId = await demoCaseId(testApp, '1200000402')
    const entries = await testApp.database
      .db('ledger_entries')
      .where({ case_id: caseId, entry_type: 'card_payment', source: 'card_payment' })
    expect(entries.map(entry => [entry.amount_pence, entry.reference, entry.client_id])).to.deep.equal([
      [7350, 'SAR 123/4', clientId],
    ])
    expect(
      await testApp.database.db('audit_log').where({ action: 'card_payment.recorded', subject_id: String(caseId) }),
    ).to.have.length(1)
  })

  it('trusts only the payment in the session: an id in the address is ignored', async () => {
    const { agent } = await signInDemoClient(testApp, 'ewan')
    const noPayment = await agent.get(`${RETURN}?paymentId=abc`)
    expect(noPayment.status).to.equal(302)
    expect(noPayment.headers.location).to.equal(FORM)
  })

  it('lets a client with several cases choose, and refuses a case that is not theirs', async () => {
    const { agent } = await signInDemoClient(testApp, 'george')
    const page = parseHtml((await agent.get(FORM)).text)
    expect(page('input[name="caseId"]')).to.have.length(2)
    const someoneElses = await demoCaseId(testApp, '1200000402')
    const before = await testApp.database.db('sandbox_payments').count({ n: '*' }).first()
    const refused = await postPayment(agent, { caseId: String(someoneElses), amount: '10', acceptTerms: 'yes' })
    expect(refused.status).to.equal(400)
    expect(textOf(parseHtml(refused.text), '.govuk-error-summary')).to.contain('Select the case you are paying for')
    expect(await testApp.database.db('sandbox_payments').count({ n: '*' }).first()).to.deep.equal(before)
    const own = await demoCaseId(testApp, '1200000119')
    const accepted = await postPayment(agent, { caseId: String(own), amount: '10', acceptTerms: 'yes' })
    expect(accepted.status).to.equal(303)
  })

  const invalid: Array<[string, Record<string, string>, string, string]> = [
    ['no amount', { amount: '', acceptTerms: 'yes' }, 'amount', 'Enter the amount you want to pay'],
    [
      'words for an amount',
      { amount: 'ten', acceptTerms: 'yes' },
      'amount',
      'Amount must be in pounds and pence, like 25 or 25.50',
    ],
    ['a zero amount', { amount: '0.00', acceptTerms: 'yes' }, 'amount', 'Amount must be more than £0'],
    ['too large an amount', { amount: '100000.01', acceptTerms: 'yes' }, 'amount', 'Amount must be £100,000 or less'],
    [
      'a long reference',
      { amount: '5', myReference: 'A'.repeat(31), acceptTerms: 'yes' },
      'myReference',
      'My reference must be 30 characters or fewer',
    ],
    [
      'odd characters in the reference',
      { amount: '5', myReference: '<b>', acceptTerms: 'yes' },
      'myReference',
      'My reference must only include letters, numbers, spaces, hyphens and slashes',
    ],
    ['terms not accepted', { amount: '5' }, 'acceptTerms', 'Confirm that you accept the terms of use'],
  ]
  for (const [what, fields, field, message] of invalid) {
    it(`says what is wrong with ${what}, keeping what was typed`, async () => {
      const { agent } = await signInDemoClient(testApp, 'ewan')
      const response = await postPayment(agent, fields)
      expect(response.status).to.equal(400)
      const $ = parseHtml(response.text)
      expect($('title').text()).to.match(/^Error: /)
      expect($(`.govuk-error-summary a[href="#${field}"]`).text().trim()).to.equal(message)
      expect(textOf($, `#${field}-error`)).to.contain(message)
      if (fields.amount) expect($('#amount').val()).to.equal(fields.amount)
      if (fields.myReference) expect($('#myReference').val()).to.equal(fields.myReference)
    })
  }

  it('tells a receiving parent they cannot pay online, and refuses a payment from them', async () => {
    const { agent } = await signInDemoClient(testApp, 'sarah')
    const page = await agent.get(FORM)
    expect(textOf(parseHtml(page.text), '[data-test="cannot-pay"]')).to.contain('You cannot make a payment online')
    const refused = await agent
      .post(FORM)
      .type('form')
      .send({ _csrf: csrfTokenFrom(page.text), amount: '10', acceptTerms: 'yes' })
    expect(refused.status).to.equal(403)
  })

  const unhappy: Array<[string, string, string]> = [
    ['declined', '4000000000000002', 'Your payment has been declined'],
    ['error', '4000000000000119', 'Sorry, there is a problem with the payment service'],
  ]
  for (const [outcome, cardNumber, title] of unhappy) {
    it(`says a ${outcome} payment took no money, and records nothing`, async () => {
      const { agent } = await signInDemoClient(testApp, 'george')
      const own = await demoCaseId(testApp, '1200000101')
      const started = await postPayment(agent, { caseId: String(own), amount: '12.34', acceptTerms: 'yes' })
      await payWithCard(agent, started.headers.location!, cardNumber)
      const $ = parseHtml((await agent.get(RETURN)).text)
      expect($('[data-test="payment-outcome"]').attr('data-outcome')).to.equal(outcome)
      expect(textOf($, 'h1')).to.equal(title)
      expect(textOf($, '[data-test="no-money-taken"]')).to.equal('No money has been taken from your account.')
      expect(await testApp.database.db('ledger_entries').where({ amount_pence: 1234 })).to.deep.equal([])
    })
  }

  it('says a cancelled payment took no money', async () => {
    const { agent } = await signInDemoClient(testApp, 'ewan')
    const started = await postPayment(agent, { amount: '5', acceptTerms: 'yes' })
    const opened = await agent.get(started.headers.location!)
    const cardPage = await agent.get(opened.headers.location!)
    const cancelUrl = parseHtml(cardPage.text)('form').last().attr('action')!
    await postForm(agent, cancelUrl, cardPage.text)
    const $ = parseHtml((await agent.get(RETURN)).text)
    expect(textOf($, 'h1')).to.equal('Your payment has been cancelled')
    expect(textOf($, '[data-test="no-money-taken"]')).to.equal('No money has been taken from your account.')
  })

  it('says a payment left unfinished is in progress, then expired after 90 minutes', async () => {
    const { agent } = await signInDemoClient(testApp, 'ewan')
    const started = await postPayment(agent, { amount: '5', acceptTerms: 'yes' })
    await agent.get(started.headers.location!)
    const waiting = parseHtml((await agent.get(RETURN)).text)
    expect(textOf(waiting, 'h1')).to.equal('Your payment is not finished yet')
    expect(waiting('[data-test="no-money-taken"]')).to.have.length(0)
    // Stay signed in (the session ends after 15 idle minutes) while the payment runs out.
    for (let minutes = 0; minutes < 90; minutes += 10) {
      testApp.clock.advanceMinutes(10)
      expect((await agent.get('/client/home')).status).to.equal(200)
    }
    const $ = parseHtml((await agent.get(RETURN)).text)
    expect(textOf($, 'h1')).to.equal('Your payment session has expired')
    expect(textOf($, '[data-test="no-money-taken"]')).to.equal('No money has been taken from your account.')
  })

  it('is only for signed-in clients', async () => {
    const { default: request } = await import('supertest')
    for (const path of [FORM, RETURN]) {
      expect((await request(testApp.app).get(path)).headers.location).to.equal('/client/sign-in')
    }
  })
})
