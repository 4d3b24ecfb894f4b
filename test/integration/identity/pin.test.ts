import { expect } from 'chai'
import request from 'supertest'
import { insertEnrolledClient } from '../../fixtures/clients.ts'
import {
  askedPositions,
  digitsFor,
  signIn,
  signInWithPassword,
  wrongDigitsFor,
  type Agent,
} from '../../support/client-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../../support/html.ts'

describe('sign in with two digits of the PIN', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  async function atPinStep(fixture = {}) {
    const enrolled = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret, fixture)
    const agent = request.agent(testApp.app)
    await signInWithPassword(agent, enrolled.account.userId, enrolled.account.password)
    return { ...enrolled, agent }
  }

  async function answer(agent: Agent, fields: Record<string, string>) {
    const page = await agent.get('/client/sign-in/pin')
    return agent
      .post('/client/sign-in/pin')
      .type('form')
      .send({ _csrf: csrfTokenFrom(page.text), ...fields })
  }

  it('asks for two positions labelled in words, each a single numeric field', async () => {
    const { agent } = await atPinStep()
    const $ = parseHtml((await agent.get('/client/sign-in/pin')).text)
    expect(textOf($, 'h1')).to.equal('Please enter the following digits from your PIN')
    const labels = $('label')
      .map((_index, label) => $(label).text().trim())
      .get()
    expect(labels).to.have.length(2)
    for (const label of labels) expect(label).to.match(/^\d(st|nd|rd|th) digit of your PIN$/)
    for (const id of ['#firstDigit', '#secondDigit']) {
      expect($(id).attr('inputmode')).to.equal('numeric')
      expect($(id).attr('maxlength')).to.equal('1')
    }
    expect($('a[href="/client/sign-in/forgotten-pin"]').text()).to.equal('Forgotten your PIN?')
    expect($('a[href="/client/sign-in/email-code"]').text()).to.equal('Get a sign-in code by email instead')
  })

  it('asks the same positions on reload, in another browser and after signing in again, until answered', async () => {
    const { agent, account, client } = await atPinStep()
    const first = askedPositions((await agent.get('/client/sign-in/pin')).text)
    expect(askedPositions((await agent.get('/client/sign-in/pin')).text)).to.deep.equal(first)
    const otherBrowser = request.agent(testApp.app)
    await signInWithPassword(otherBrowser, account.userId, account.password)
    expect(askedPositions((await otherBrowser.get('/client/sign-in/pin')).text)).to.deep.equal(first)
    const stored = await testApp.database.db('clients').where({ id: client.id }).first()
    expect(stored!.pin_challenge_positions).to.equal(first.join(','))
  })

  it('signs in, sets self-service Y and the sign-in dates, and shows the last sign-in on the home page', async () => {
    const { agent, client, pin } = await atPinStep()
    const positions = askedPositions((await agent.get('/client/sign-in/pin')).text)
    const response = await answer(agent, digitsFor(pin, positions))
    expect(response.headers.location).to.equal('/client/home')
    const home = parseHtml((await agent.get('/client/home')).text)
    expect(textOf(home, '[data-test="last-sign-in"]')).to.equal('This is the first time you have signed in.')
    const row = await testApp.database.db('clients').where({ id: client.id }).first()
    expect(Boolean(row!.self_service)).to.equal(true)
    expect(row!.first_sign_in_at).to.equal('2026-11-23T10:00:00.000Z')
    expect(row!.last_sign_in_at).to.equal('2026-11-23T10:00:00.000Z')
    expect(row!.pin_challenge_positions).to.equal(null)

    testApp.clock.advanceMinutes(60 * 24)
    const again = request.agent(testApp.app)
    const enrolled = await testApp.database.db('identity_accounts').where({ id: row!.identity_account_id! }).first()
    await signIn(again, enrolled!.user_id, 'Walnut123', pin)
    const secondHome = parseHtml((await again.get('/client/home')).text)
    expect(textOf(secondHome, '[data-test="last-sign-in"]')).to.equal(
      'You last signed in on 23 November 2026 at 10:00am.',
    )
    const later = await testApp.database.db('clients').where({ id: client.id }).first()
    expect(later!.first_sign_in_at).to.equal('2026-11-23T10:00:00.000Z')
    expect(later!.last_sign_in_at).to.equal('2026-11-24T10:00:00.000Z')
    expect(
      await testApp.database.db('audit_log').where({ action: 'client_signed_in', subject_id: String(client.id) }),
    ).to.have.length(2)
  })

  for (const [fields, href, message] of [
    [{ firstDigit: '', secondDigit: '1' }, 'firstDigit', /^Enter the \d(st|nd|rd|th) digit of your PIN$/],
    [
      { firstDigit: '1', secondDigit: 'x' },
      'secondDigit',
      /^The \d(st|nd|rd|th) digit of your PIN must be a number from 0 to 9$/,
    ],
    [{ firstDigit: '12', secondDigit: '1' }, 'firstDigit', /must be a number from 0 to 9$/],
  ] as const) {
    it(`says "${String(message)}" and does not count it as a wrong attempt`, async () => {
      const { agent, client } = await atPinStep()
      const response = await answer(agent, fields)
      expect(response.status).to.equal(400)
      expect(parseHtml(response.text)(`.govuk-error-summary a[href="#${href}"]`).text()).to.match(message)
      expect((await testApp.database.db('clients').where({ id: client.id }).first())!.failed_pin_attempts).to.equal(0)
    })
  }

  it('locks self-service after three wrong answers, on the client record, and says to telephone', async () => {
    const { agent, client, pin, account } = await atPinStep()
    const positions = askedPositions((await agent.get('/client/sign-in/pin')).text)
    const first = await answer(agent, wrongDigitsFor(pin, positions))
    expect(textOf(parseHtml(first.text), '.govuk-error-summary')).to.contain('You can try 2 more times')
    const second = await answer(agent, wrongDigitsFor(pin, positions))
    expect(textOf(parseHtml(second.text), '.govuk-error-summary')).to.contain(
      'If you enter the wrong digits again, your account will be locked',
    )
    const third = await answer(agent, wrongDigitsFor(pin, positions))
    expect(third.headers.location).to.equal('/client/sign-in/locked')
    const locked = parseHtml((await agent.get('/client/sign-in/locked')).text)
    expect(textOf(locked, 'h1')).to.equal('Your account is locked')
    expect(textOf(locked, 'main')).to.contain('0800 171 2345')
    const row = await testApp.database.db('clients').where({ id: client.id }).first()
    expect(row!.self_service_locked_at).not.to.equal(null)
    expect(row!.self_service_lock_reason).to.equal('pin_attempts')
    // A new browser, and the right digits, do not get round the lock.
    const fresh = request.agent(testApp.app)
    expect((await signInWithPassword(fresh, account.userId, account.password)).headers.location).to.equal(
      '/client/sign-in/locked',
    )
    expect((await fresh.get('/client/sign-in/pin')).headers.location).to.equal('/client/sign-in/locked')
    expect(
      await testApp.database.db('audit_log').where({ action: 'self_service_locked', subject_id: String(client.id) }),
    ).to.have.length(1)
  })

  it('shows the Northern Ireland number to a locked Northern Ireland client', async () => {
    const $ = parseHtml((await request(testApp.app).get('/ni/sign-in/locked')).text)
    expect(textOf($, 'main')).to.contain('0800 028 7439').and.not.contain('0800 171 2345')
  })

  it('sends a client who never set a PIN to the forgotten PIN questions', async () => {
    const { agent } = await atPinStep({ pin: null })
    expect((await agent.get('/client/sign-in/pin')).headers.location).to.equal('/client/sign-in/forgotten-pin')
  })

  it('lets a half-signed-in session reach only the PIN step', async () => {
    const { agent } = await atPinStep()
    for (const path of ['/client/home', '/client/keep-alive']) {
      const response = await agent.get(path)
      expect(response.headers.location, path).to.equal('/client/sign-in/pin')
    }
  })

  it('does not show the PIN step without a password step', async () => {
    for (const path of [
      '/client/sign-in/pin',
      '/client/sign-in/forgotten-pin',
      '/client/sign-in/new-pin',
      '/client/sign-in/email-code',
      '/client/sign-in/email-code/enter',
    ]) {
      expect((await request(testApp.app).get(path)).headers.location, path).to.equal('/client/sign-in')
    }
  })

  it('asks in Welsh with Welsh ordinals', async () => {
    const { agent } = await atPinStep()
    const $ = parseHtml((await agent.get('/client/sign-in/pin?lang=cy')).text)
    expect(textOf($, 'h1')).to.equal('Rhowch y digidau canlynol o’ch PIN')
    for (const label of $('label')
      .map((_index, element) => $(element).text().trim())
      .get())
      expect(label).to.match(/^\d(af|il|ydd|ed|fed) digid eich PIN$/)
  })
})
