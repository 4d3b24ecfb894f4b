import { expect } from 'chai'
import { pino } from 'pino'
import request from 'supertest'
import { outcomeOf } from '../../../services/payments/payment-rules.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { cardForm, openSandboxPayment, postForm, RETURN_URL } from '../../support/payment-sandbox.ts'
import { collectLines } from '../../support/log-lines.ts'

describe('payment sandbox: how payments end', () => {
  let testApp: TestApp
  const logLines: string[] = []
  before(async () => {
    const logger = pino({ level: 'info' }, collectLines(logLines))
    testApp = await createTestApp({ overrides: { logger } })
  })
  after(() => testApp.close())

  async function submitCard(fields: Record<string, string>, language: 'en' | 'cy' = 'en') {
    const agent = request.agent(testApp.app)
    const opened = await openSandboxPayment(testApp, agent, { language })
    const submitted = await postForm(agent, opened.cardDetailsUrl, opened.html, cardForm(fields))
    expect(submitted.status).to.equal(303)
    expect(submitted.headers.location).to.equal(opened.cardDetailsUrl)
    return { agent, opened, next: await agent.get(opened.cardDetailsUrl) }
  }

  it('takes a payment with a good test card: confirm page, then back to the service', async () => {
    const { agent, opened, next } = await submitCard({ cardNumber: '4444333322221111', expiryYear: '2031' })
    expect(next.status).to.equal(303)
    const confirmPage = await agent.get(next.headers.location!)
    const $ = parseHtml(confirmPage.text)
    expect(textOf($, 'h1')).to.equal('Confirm your payment')
    expect($('.govuk-summary-list').text())
      .to.contain('Visa ending in 1111')
      .and.to.contain('12/31')
      .and.to.contain('£50.00')
    expect((await testApp.deps.paymentProvider.getPayment(opened.paymentId))?.status).to.equal('submitted')

    const confirmed = await postForm(agent, next.headers.location!, confirmPage.text)
    expect(confirmed.status).to.equal(303)
    const back = await agent.get(confirmed.headers.location!)
    expect(back.status).to.equal(303)
    expect(back.headers.location).to.equal(RETURN_URL)

    const payment = await testApp.deps.paymentProvider.getPayment(opened.paymentId)
    expect(payment).to.deep.include({ status: 'success', finished: true, amountPence: 5000, failureCode: null })
    expect(payment?.card).to.deep.equal({ brand: 'Visa', lastFour: '1111', expiry: '12/31' })
    expect(outcomeOf(payment!)).to.equal('success')
  })

  it('keeps no card number, security code, name or address, and logs none of them', async () => {
    await submitCard({ cardNumber: '4242424242424242', securityCode: '864', cardholderName: 'Lucy Jones' })
    const stored = await testApp.database.db('sandbox_payments').select()
    const rows = JSON.stringify(stored)
    expect(rows).not.to.contain('4242424242424242')
    // The random id and token and the times can hold any three digits by chance: the code is looked for in every other column.
    const chosen = stored.map(row =>
      Object.entries(row).filter(([column]) => !/^(payment_id|secure_token)$|_at$/.test(column)),
    )
    expect(JSON.stringify(chosen)).not.to.contain('864')
    expect(rows).not.to.contain('Lucy Jones')
    expect(rows).not.to.contain('High Street')
    const logs = logLines.join('')
    expect(logs).to.contain('/payment-sandbox/card-details/')
    expect(logs).not.to.contain('4242424242424242')
    expect(logs).not.to.contain('Lucy Jones')
  })

  it('says a declined card was declined, and reports the payment failed with P0010', async () => {
    const { opened, next } = await submitCard({ cardNumber: '4000000000000002' })
    expect(next.status).to.equal(200)
    const $ = parseHtml(next.text)
    expect(textOf($, 'h1')).to.equal('Your payment has been declined')
    expect(textOf($, 'main p')).to.equal(
      'No money has been taken from your account. Contact your bank for more details.',
    )
    expect($('a.govuk-button').attr('href')).to.equal(RETURN_URL)
    const payment = await testApp.deps.paymentProvider.getPayment(opened.paymentId)
    expect(payment).to.deep.include({ status: 'failed', failureCode: 'P0010', finished: true })
    expect(outcomeOf(payment!)).to.equal('declined')
  })

  it('declines the expired-card and wrong-security-code test cards too', async () => {
    for (const cardNumber of ['4000000000000069', '4000000000000127']) {
      const { opened } = await submitCard({ cardNumber })
      const payment = await testApp.deps.paymentProvider.getPayment(opened.paymentId)
      expect(outcomeOf(payment!), cardNumber).to.equal('declined')
    }
  })

  it('ends in error for the processing-error card and for cards that are not test cards', async () => {
    for (const cardNumber of ['4000000000000119', '4111111111111111']) {
      const { opened, next } = await submitCard({ cardNumber })
      expect(textOf(parseHtml(next.text), 'h1'), cardNumber).to.equal('We’re experiencing technical problems')
      const payment = await testApp.deps.paymentProvider.getPayment(opened.paymentId)
      expect(payment, cardNumber).to.deep.include({ status: 'error', failureCode: 'P0050', card: null })
    }
  })

  it('cancels from the card details page, in the payment’s language', async () => {
    const agent = request.agent(testApp.app)
    const opened = await openSandboxPayment(testApp, agent, { language: 'cy' })
    const cancelUrl = parseHtml(opened.html)('form').last().attr('action')!
    const cancelled = await postForm(agent, cancelUrl, opened.html)
    expect(cancelled.status).to.equal(303)
    const page = await agent.get(cancelled.headers.location!)
    expect(textOf(parseHtml(page.text), 'h1')).to.equal('Mae eich taliad wedi cael ei ganslo')
    const payment = await testApp.deps.paymentProvider.getPayment(opened.paymentId)
    expect(payment).to.deep.include({ status: 'failed', failureCode: 'P0030' })
    expect(outcomeOf(payment!)).to.equal('cancelled')
  })

  it('cancels from the confirm page, and a cancelled payment cannot then be confirmed', async () => {
    const { agent, opened, next } = await submitCard({})
    const confirmPage = await agent.get(next.headers.location!)
    const cancelUrl = parseHtml(confirmPage.text)('form').last().attr('action')!
    await postForm(agent, cancelUrl, confirmPage.text)
    const confirmed = await postForm(agent, next.headers.location!, confirmPage.text)
    expect(confirmed.status).to.equal(303)
    const payment = await testApp.deps.paymentProvider.getPayment(opened.paymentId)
    expect(outcomeOf(payment!)).to.equal('cancelled')
  })

  describe('expiry after 90 minutes, by the app’s clock', () => {
    afterEach(() => testApp.clock.set('2026-11-23T10:00:00.000Z'))

    it('expires a payment left on the card details page', async () => {
      const agent = request.agent(testApp.app)
      const opened = await openSandboxPayment(testApp, agent)
      testApp.clock.advanceMinutes(89)
      expect((await testApp.deps.paymentProvider.getPayment(opened.paymentId))?.status).to.equal('started')
      testApp.clock.advanceMinutes(1)
      const page = await agent.get(opened.cardDetailsUrl)
      const $ = parseHtml(page.text)
      expect(textOf($, 'h1')).to.equal('Your payment session has expired')
      expect(textOf($, 'main p')).to.contain('payment sessions end after 90 minutes')
      const payment = await testApp.deps.paymentProvider.getPayment(opened.paymentId)
      expect(payment).to.deep.include({ status: 'failed', failureCode: 'P0020' })
      expect(outcomeOf(payment!)).to.equal('expired')
    })

    it('does not take a card submitted after expiry', async () => {
      const agent = request.agent(testApp.app)
      const opened = await openSandboxPayment(testApp, agent)
      testApp.clock.advanceMinutes(95)
      const submitted = await postForm(agent, opened.cardDetailsUrl, opened.html, cardForm())
      expect(submitted.status).to.equal(303)
      const payment = await testApp.deps.paymentProvider.getPayment(opened.paymentId)
      expect(payment).to.deep.include({ status: 'failed', failureCode: 'P0020', card: null })
    })

    it('expires a payment whose page was never opened', async () => {
      const created = await testApp.deps.paymentProvider.createPayment({
        amountPence: 100,
        reference: 'ref',
        description: 'A payment',
        returnUrl: RETURN_URL,
        language: 'en',
      })
      testApp.clock.advanceMinutes(91)
      expect(outcomeOf((await testApp.deps.paymentProvider.getPayment(created.paymentId))!)).to.equal('expired')
    })
  })

  describe('who can see a payment', () => {
    it('lets only the browser that used the one-time link see the card details page', async () => {
      const opened = await openSandboxPayment(testApp, request.agent(testApp.app))
      const stranger = request.agent(testApp.app)
      expect((await stranger.get(opened.cardDetailsUrl)).status).to.equal(404)
      expect((await stranger.post(opened.cardDetailsUrl).type('form').send(cardForm())).status).to.equal(403)
    })

    it('does not open a used one-time link in another browser, but lets the first browser back', async () => {
      const created = await testApp.deps.paymentProvider.createPayment({
        amountPence: 100,
        reference: 'ref',
        description: 'A payment',
        returnUrl: RETURN_URL,
        language: 'en',
      })
      const first = request.agent(testApp.app)
      expect((await first.get(created.nextUrl)).status).to.equal(303)
      expect((await request.agent(testApp.app).get(created.nextUrl)).status).to.equal(404)
      expect((await first.get(created.nextUrl)).status).to.equal(303)
    })

    it('gives the browser a new session id when it opens a payment, keeping the payments it had open', async () => {
      const agent = request.agent(testApp.app)
      const first = await openSandboxPayment(testApp, agent)
      const cookieBefore = (await agent.get(first.cardDetailsUrl)).request.cookies
      const second = await openSandboxPayment(testApp, agent)
      const cookieAfter = (await agent.get(second.cardDetailsUrl)).request.cookies
      expect(cookieAfter).not.to.equal(cookieBefore)
      expect((await agent.get(first.cardDetailsUrl)).status).to.equal(200)
    })

    it('answers “page not found” for unknown links and payments', async () => {
      const agent = request.agent(testApp.app)
      expect((await agent.get('/payment-sandbox/secure/abcdefghijklmnopqrstuvwxyz012345')).status).to.equal(404)
      expect((await agent.get('/payment-sandbox/card-details/abcdefghijklmnopqrstuvwxyz')).status).to.equal(404)
    })

    it('refuses a form posted without the page’s CSRF token', async () => {
      const agent = request.agent(testApp.app)
      const opened = await openSandboxPayment(testApp, agent)
      const response = await agent.post(opened.cardDetailsUrl).type('form').send(cardForm())
      expect(response.status).to.equal(403)
      expect((await testApp.deps.paymentProvider.getPayment(opened.paymentId))?.status).to.equal('started')
    })

    it('shows the confirm page only for an authorised payment', async () => {
      const agent = request.agent(testApp.app)
      const opened = await openSandboxPayment(testApp, agent)
      const confirm = await agent.get(`${opened.cardDetailsUrl}/confirm`)
      expect(confirm.status).to.equal(303)
      expect(confirm.headers.location).to.equal(opened.cardDetailsUrl)
      const confirmed = await postForm(agent, `${opened.cardDetailsUrl}/confirm`, opened.html)
      expect(confirmed.status).to.equal(303)
      expect((await testApp.deps.paymentProvider.getPayment(opened.paymentId))?.status).to.equal('started')
    })

    it('never lets the pages be stored', async () => {
      const agent = request.agent(testApp.app)
      const opened = await openSandboxPayment(testApp, agent)
      expect((await agent.get(opened.cardDetailsUrl)).headers['cache-control']).to.equal('no-store')
    })
  })
})

describe('payment sandbox: not served when GOV.UK Pay is configured', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ config: { govukPayApiKey: 'api_test_key', govukPayApiUrl: 'http://127.0.0.1:9' } })
  })
  after(() => testApp.close())

  it('uses the GOV.UK Pay client and has no sandbox pages', async () => {
    expect(testApp.deps.paymentProvider.name).to.equal('govuk-pay')
    expect(testApp.deps.paymentSandbox).to.equal(null)
    const response = await request(testApp.app).get('/payment-sandbox/secure/abcdefghijklmnopqrstuvwxyz012345')
    expect(response.status).to.equal(404)
    expect(response.headers['set-cookie'] ?? []).to.deep.equal([])
  })
})
