import { expect } from 'chai'
import request from 'supertest'
import { insertEnrolledClient, insertIdentityAccount } from '../../fixtures/clients.ts'
import {
  askedPositions,
  clientCookieOf,
  digitsFor,
  signInWithPassword,
  submitForm,
} from '../../support/client-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../../support/html.ts'

describe('sign in with user ID and password', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  it('takes the demo enrolled client (Ewan Jones) to the PIN step, with spaces in the user ID', async () => {
    const agent = request.agent(testApp.app)
    const response = await signInWithPassword(agent, '2061 2145 0971', 'Demo1234')
    expect(response.headers.location).to.equal('/client/sign-in/pin')
  })

  it('takes an account not yet enrolled to its services', async () => {
    const account = await insertIdentityAccount(testApp.database.db)
    const response = await signInWithPassword(request.agent(testApp.app), account.userId, account.password)
    expect(response.headers.location).to.equal('/client/gateway/services')
  })

  it('sends a Northern Ireland client to the Northern Ireland site’s PIN page', async () => {
    const { account } = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret, { region: 'ni' })
    const response = await signInWithPassword(request.agent(testApp.app), account.userId, account.password)
    expect(response.headers.location).to.equal('/ni/sign-in/pin')
  })

  it('says "Enter a correct user ID and password" for a wrong password or an unknown user ID, and clears the password', async () => {
    for (const [userId, password] of [
      ['206121450971', 'Wrong1234'],
      ['999999999999', 'Demo1234'],
    ]) {
      const response = await signInWithPassword(request.agent(testApp.app), userId!, password!)
      expect(response.status).to.equal(400)
      const $ = parseHtml(response.text)
      expect(textOf($, '.govuk-error-summary__list')).to.equal('Enter a correct user ID and password')
      expect($('#userId').val()).to.equal(userId)
      expect($('#password').val() ?? '').to.equal('')
    }
  })

  for (const [fields, href, message] of [
    [{ userId: '', password: 'Demo1234' }, 'userId', 'Enter your user ID'],
    [{ userId: '2061 2145 097', password: 'Demo1234' }, 'userId', 'User ID must be 12 digits'],
    [{ userId: '206121450971', password: '' }, 'password', 'Enter your password'],
  ] as const) {
    it(`says "${message}"`, async () => {
      const response = await submitForm(request.agent(testApp.app), '/client/sign-in', fields)
      expect(response.status).to.equal(400)
      expect(parseHtml(response.text)(`.govuk-error-summary a[href="#${href}"]`).text()).to.equal(message)
    })
  }

  it('locks the identity account for 30 minutes after 5 failures in a row, and says so', async () => {
    const account = await insertIdentityAccount(testApp.database.db)
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect((await signInWithPassword(request.agent(testApp.app), account.userId, 'Wrong1234')).status).to.equal(400)
    }
    const fifth = await signInWithPassword(request.agent(testApp.app), account.userId, 'Wrong1234')
    expect(fifth.status).to.equal(403)
    expect(textOf(parseHtml(fifth.text), 'h1')).to.equal('Your account is locked')
    expect(textOf(parseHtml(fifth.text), 'main')).to.contain('10:30am on 23 November 2026')
    // The right password does not open a locked account.
    expect((await signInWithPassword(request.agent(testApp.app), account.userId, account.password)).status).to.equal(
      403,
    )
    const actions = (
      await testApp.database
        .db('audit_log')
        .where({ subject_id: String(account.id), subject_type: 'identity_account' })
        .orderBy('id')
    ).map(row => row.action)
    expect(actions).to.include.members([
      'identity_sign_in_failed',
      'identity_account_locked',
      'identity_sign_in_refused_locked',
    ])
    testApp.clock.advanceMinutes(31)
    expect((await signInWithPassword(request.agent(testApp.app), account.userId, account.password)).status).to.equal(
      302,
    )
  })

  it('counts only consecutive failures', async () => {
    const account = await insertIdentityAccount(testApp.database.db)
    for (let attempt = 1; attempt <= 4; attempt++)
      await signInWithPassword(request.agent(testApp.app), account.userId, 'Wrong1234')
    expect((await signInWithPassword(request.agent(testApp.app), account.userId, account.password)).status).to.equal(
      302,
    )
    for (let attempt = 1; attempt <= 4; attempt++)
      await signInWithPassword(request.agent(testApp.app), account.userId, 'Wrong1234')
    expect((await signInWithPassword(request.agent(testApp.app), account.userId, account.password)).status).to.equal(
      302,
    )
  })

  it('gives a new session id at the password step and again at the PIN step; the earlier ids open nothing', async () => {
    const { account, pin } = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret)
    const agent = request.agent(testApp.app)
    const anonymous = clientCookieOf(await agent.get('/client/sign-in?lang=en'))
    const passwordStep = await signInWithPassword(agent, account.userId, account.password)
    const halfSignedIn = clientCookieOf(passwordStep)
    expect(halfSignedIn).not.to.equal(anonymous)
    const pinPage = await agent.get('/client/sign-in/pin')
    const pinStep = await agent
      .post('/client/sign-in/pin')
      .type('form')
      .send({ _csrf: csrfTokenFrom(pinPage.text), ...digitsFor(pin, askedPositions(pinPage.text)) })
    expect(pinStep.headers.location).to.equal('/client/home')
    const signedIn = clientCookieOf(pinStep)
    expect(signedIn).not.to.equal(halfSignedIn)
    expect((await request(testApp.app).get('/client/home').set('Cookie', signedIn)).status).to.equal(200)
    for (const old of [anonymous, halfSignedIn]) {
      const response = await request(testApp.app).get('/client/home').set('Cookie', old)
      expect(response.status).to.equal(302)
      expect(response.headers.location).to.equal('/client/sign-in')
    }
  })
})
