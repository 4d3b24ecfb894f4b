import { expect } from 'chai'
import request from 'supertest'
import { insertEnrolledClient } from '../../fixtures/clients.ts'
import { clientCookieOf, signIn, signInWithPassword } from '../../support/client-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../../support/html.ts'

describe('signed-in sessions: sign out, idle time-out and access', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  async function signedIn(fixture = {}) {
    const enrolled = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret, fixture)
    const agent = request.agent(testApp.app)
    const response = await signIn(agent, enrolled.account.userId, enrolled.account.password, enrolled.pin)
    return { ...enrolled, agent, cookie: clientCookieOf(response) }
  }

  it('offers sign out on every signed-in page, which ends the session on the server', async () => {
    const { agent, cookie, client } = await signedIn()
    const home = await agent.get('/client/home')
    const $ = parseHtml(home.text)
    expect($('form[action="/client/sign-out"] button').first().text().trim()).to.equal('Sign out')
    const response = await agent
      .post('/client/sign-out')
      .type('form')
      .send({ _csrf: csrfTokenFrom(home.text) })
    expect(response.headers.location).to.equal('/client/signed-out?lang=en')
    expect(textOf(parseHtml((await agent.get('/client/signed-out')).text), 'h1')).to.equal('You have been signed out')
    const reused = await request(testApp.app).get('/client/home').set('Cookie', cookie)
    expect(reused.headers.location).to.equal('/client/sign-in')
    expect(
      await testApp.database.db('audit_log').where({ action: 'client_signed_out', subject_id: String(client.id) }),
    ).to.have.length(1)
  })

  it('ends an idle session after 15 minutes and says why', async () => {
    const { agent } = await signedIn()
    testApp.clock.advanceMinutes(10)
    expect((await agent.get('/client/home')).status).to.equal(200)
    testApp.clock.advanceMinutes(14)
    expect((await agent.get('/client/home')).status).to.equal(200)
    testApp.clock.advanceMinutes(16)
    const response = await agent.get('/client/home')
    expect(response.headers.location).to.equal('/client/signed-out?reason=timeout&lang=en')
    expect(textOf(parseHtml((await agent.get(response.headers.location!)).text), 'main')).to.contain(
      'did not do anything for 15 minutes',
    )
    // Having been told once, the next visit just asks to sign in.
    expect((await agent.get('/client/home')).headers.location).to.equal('/client/sign-in')
  })

  it('keeps the session alive when the time-out warning’s "Stay signed in" is used', async () => {
    const { agent } = await signedIn()
    const home = parseHtml((await agent.get('/client/home')).text)
    const dialog = home('dialog[data-module="app-timeout-warning"]')
    expect(dialog.attr('data-warn-after-seconds')).to.equal('780')
    expect(dialog.attr('data-keep-alive-url')).to.equal('/client/keep-alive')
    testApp.clock.advanceMinutes(13)
    expect((await agent.get('/client/keep-alive')).status).to.equal(204)
    testApp.clock.advanceMinutes(13)
    expect((await agent.get('/client/home')).status).to.equal(200)
  })

  it('ends the session when the client is locked out while signed in', async () => {
    const { agent, client } = await signedIn()
    await testApp.database
      .db('clients')
      .where({ id: client.id })
      .update({ self_service_locked_at: '2026-11-23T10:05:00.000Z' })
    expect((await agent.get('/client/home')).headers.location).to.equal('/client/sign-in')
  })

  it('ends the session when the client record is no longer linked to the account', async () => {
    const { agent, client } = await signedIn()
    await testApp.database.db('clients').where({ id: client.id }).update({ identity_account_id: null })
    expect((await agent.get('/client/home')).headers.location).to.equal('/client/sign-in')
  })

  it('shows each client only their own home page', async () => {
    const first = await signedIn({ firstName: 'Ffion' })
    const second = await signedIn({ firstName: 'Gareth' })
    expect(textOf(parseHtml((await first.agent.get('/client/home')).text), 'main'))
      .to.contain('Ffion')
      .and.not.contain('Gareth')
    expect(textOf(parseHtml((await second.agent.get('/client/home')).text), 'main'))
      .to.contain('Gareth')
      .and.not.contain('Ffion')
  })

  it('does not let a client session into the staff tools', async () => {
    const { cookie } = await signedIn()
    const value = cookie.replace('cmss_client=', '')
    const response = await request(testApp.app)
      .get('/caseworker/sign-in')
      .set('Cookie', `cmss_caseworker=${value}; ${cookie}`)
    expect(textOf(parseHtml(response.text), 'main')).not.to.contain('Signed in')
    expect(parseHtml(response.text)('form[action="/client/sign-out"]')).to.have.length(0)
  })

  it('offers sign out to someone signed in only to their identity account', async () => {
    const enrolled = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret)
    const agent = request.agent(testApp.app)
    await signInWithPassword(agent, enrolled.account.userId, enrolled.account.password)
    const $ = parseHtml((await agent.get('/client/sign-in/pin')).text)
    expect($('form[action="/client/sign-out"]')).to.have.length.greaterThan(0)
  })

  it('offers no sign out to a visitor who is not signed in', async () => {
    const $ = parseHtml((await request(testApp.app).get('/client')).text)
    expect($('form[action="/client/sign-out"]')).to.have.length(0)
    expect($('dialog')).to.have.length(0)
  })
})

describe('rate limits on sign-in endpoints', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({
      config: { rateLimits: { signIn: 3, pin: 3, enrolment: 3, signInCodes: 3, staffSignIn: 3 } },
    })
  })
  after(() => testApp.close())

  it('refuses a fourth sign-in attempt from one address within 15 minutes, with a friendly page, and lets it through later', async () => {
    const enrolled = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret)
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect((await signInWithPassword(request.agent(testApp.app), '123412341234', 'Wrong1234')).status).to.equal(400)
    }
    const fourth = await signInWithPassword(
      request.agent(testApp.app),
      enrolled.account.userId,
      enrolled.account.password,
    )
    expect(fourth.status).to.equal(429)
    expect(textOf(parseHtml(fourth.text), 'h1')).to.equal('Sorry, you’ve tried too many times')
    testApp.clock.advanceMinutes(16)
    expect(
      (await signInWithPassword(request.agent(testApp.app), enrolled.account.userId, enrolled.account.password)).status,
    ).to.equal(302)
  })

  it('limits the PIN step the same way', async () => {
    testApp.clock.advanceMinutes(16)
    const enrolled = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret)
    const agent = request.agent(testApp.app)
    await signInWithPassword(agent, enrolled.account.userId, enrolled.account.password)
    const page = await agent.get('/client/sign-in/pin')
    const statuses = []
    for (let attempt = 1; attempt <= 4; attempt++) {
      statuses.push(
        (
          await agent
            .post('/client/sign-in/pin')
            .type('form')
            .send({ _csrf: csrfTokenFrom(page.text), firstDigit: '', secondDigit: '' })
        ).status,
      )
    }
    expect(statuses).to.deep.equal([400, 400, 400, 429])
  })

  it('limits creating identity accounts the same way, and leaves the form itself readable', async () => {
    testApp.clock.advanceMinutes(16)
    const accounts = () => testApp.database.db('identity_accounts').count({ count: '*' })
    const before = await accounts()
    const statuses = []
    for (let attempt = 1; attempt <= 4; attempt++) {
      const agent = request.agent(testApp.app)
      const page = await agent.get('/client/gateway/create-account')
      statuses.push(
        (
          await agent
            .post('/client/gateway/create-account')
            .type('form')
            .send({ _csrf: csrfTokenFrom(page.text) })
        ).status,
      )
    }
    expect(statuses).to.deep.equal([400, 400, 400, 429])
    expect((await request(testApp.app).get('/client/gateway/create-account')).status).to.equal(200)
    expect(await accounts()).to.deep.equal(before)
  })
})

describe('signing out and timing out in Welsh', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  it('keeps Welsh on the signed-out page, after signing out and after the idle time-out', async () => {
    const enrolled = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret)
    const agent = request.agent(testApp.app)
    await agent.get('/client/sign-in?lang=cy')
    await signIn(agent, enrolled.account.userId, enrolled.account.password, enrolled.pin)
    const home = await agent.get('/client/home')
    const signedOut = await agent
      .post('/client/sign-out')
      .type('form')
      .send({ _csrf: csrfTokenFrom(home.text) })
    expect(textOf(parseHtml((await agent.get(signedOut.headers.location!)).text), 'h1')).to.equal(
      'Rydych wedi cael eich allgofnodi',
    )

    await signIn(agent, enrolled.account.userId, enrolled.account.password, enrolled.pin)
    testApp.clock.advanceMinutes(16)
    const timedOut = await agent.get('/client/home')
    expect(timedOut.headers.location).to.equal('/client/signed-out?reason=timeout&lang=cy')
    expect(textOf(parseHtml((await agent.get(timedOut.headers.location!)).text), 'main')).to.contain(
      'Gwnaethom eich allgofnodi',
    )
  })
})
