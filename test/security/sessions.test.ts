import { once } from 'node:events'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect } from 'chai'
import request from 'supertest'
import type { Response } from 'supertest'
import { askedPositions, digitsFor, signIn, signInWithPassword } from '../support/client-journeys.ts'
import { CookieBrowser } from '../support/cookie-browser.ts'
import { csrfTokenFrom } from '../support/html.ts'
import { paymentRequest } from '../support/payment-sandbox.ts'
import { CHRIS, signInAs } from '../integration/receipts-tool/sign-in-helpers.ts'
import { signedInCaseworker } from '../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/*
 * Sessions: a new id at every step that raises what a session may do, a cookie that is dead once
 * signed out, and both time-outs (15 idle minutes, 8 hours in all however busy), on a clock the
 * test moves.
 */

function cookieFrom(response: Response, name: string): string | undefined {
  return ([] as string[])
    .concat(response.headers['set-cookie'] ?? [])
    .find(cookie => cookie.startsWith(`${name}=`))
    ?.split(';')[0]
}

describe('sessions', () => {
  let testApp: TestApp
  beforeEach(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  afterEach(() => testApp.close())

  it('gives the client a new session id at the password step and again at the PIN step', async () => {
    const agent = request.agent(testApp.app)
    const signInPage = await agent.get('/client/sign-in')
    const anonymous = cookieFrom(signInPage, 'cmss_client')
    const passwordStep = await signInWithPassword(agent, '2061 2145 0971', 'Demo1234')
    const afterPassword = cookieFrom(passwordStep, 'cmss_client')
    const pinPage = await agent.get(passwordStep.headers.location!)
    const pinStep = await agent
      .post('/client/sign-in/pin')
      .type('form')
      .send({ _csrf: csrfTokenFrom(pinPage.text), ...digitsFor('9753108', askedPositions(pinPage.text)) })
    const afterPin = cookieFrom(pinStep, 'cmss_client')
    expect(anonymous).to.be.a('string')
    expect(afterPassword).to.be.a('string').and.not.equal(anonymous)
    expect(afterPin).to.be.a('string').and.not.equal(afterPassword)
    // The cookie from before the PIN step opens nothing.
    const stale = await request(testApp.app).get('/client/home').set('Cookie', afterPassword!)
    expect(stale.status).to.equal(302)
  })

  it('makes the cookie worthless once the client signs out', async () => {
    const agent = request.agent(testApp.app)
    const signedIn = await signIn(agent, '2061 2145 0971', 'Demo1234', '9753108')
    const cookie = cookieFrom(signedIn, 'cmss_client')!
    const home = await agent.get('/client/home')
    await agent
      .post('/client/sign-out')
      .type('form')
      .send({ _csrf: csrfTokenFrom(home.text) })
    const replayed = await request(testApp.app).get('/client/home').set('Cookie', cookie)
    expect(replayed.status).to.equal(302)
    expect(replayed.headers.location).to.match(/sign-in/)
  })

  it('ends a busy client session after 8 hours however recently it was used', async () => {
    const agent = request.agent(testApp.app)
    await signIn(agent, '2061 2145 0971', 'Demo1234', '9753108')
    for (let minutes = 0; minutes < 8 * 60 - 10; minutes += 10) {
      testApp.clock.advanceMinutes(10)
      expect((await agent.get('/client/home')).status, `after ${minutes + 10} minutes`).to.equal(200)
    }
    testApp.clock.advanceMinutes(11)
    expect((await agent.get('/client/home')).status).to.equal(302)
  })

  it('ends an idle caseworker session after 15 minutes and regenerates the id at sign-in', async () => {
    const anonymous = await request(testApp.app).get('/caseworker/sign-in')
    const { agent, response } = await signedInCaseworker(testApp.app)
    expect(cookieFrom(response, 'cmss_caseworker'))
      .to.be.a('string')
      .and.not.equal(cookieFrom(anonymous, 'cmss_caseworker'))
    expect((await agent.get('/caseworker/find-a-client')).status).to.equal(200)
    testApp.clock.advanceMinutes(16)
    const timedOut = await agent.get('/caseworker/find-a-client')
    expect(timedOut.status).to.equal(302)
    expect(timedOut.headers.location).to.match(/\/caseworker\/sign/)
  })
})

describe('session time-outs on the test’s clock', () => {
  let testApp: TestApp
  beforeEach(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  afterEach(() => testApp.close())

  it('ends a signed-in client’s session after 15 idle minutes, saying it timed out', async () => {
    const agent = request.agent(testApp.app)
    await signIn(agent, '2061 2145 0971', 'Demo1234', '9753108')
    testApp.clock.advanceMinutes(14)
    expect((await agent.get('/client/home')).status).to.equal(200)
    testApp.clock.advanceMinutes(16)
    const timedOut = await agent.get('/client/home')
    expect(timedOut.status).to.equal(302)
    expect(timedOut.headers.location).to.equal('/client/signed-out?reason=timeout&lang=en')
  })

  it('ends a busy staff session after 8 hours in both staff tools', async () => {
    const { agent: caseworker } = await signedInCaseworker(testApp.app)
    const administrator = await signInAs(testApp.app, CHRIS)
    for (let minutes = 0; minutes < 8 * 60 - 10; minutes += 10) {
      testApp.clock.advanceMinutes(10)
      expect((await caseworker.get('/caseworker/find-a-client')).status, `after ${minutes + 10} minutes`).to.equal(200)
      expect((await administrator.get('/receipts-tool/users')).status, `after ${minutes + 10} minutes`).to.equal(200)
    }
    testApp.clock.advanceMinutes(11)
    expect((await caseworker.get('/caseworker/find-a-client')).status).to.equal(302)
    expect((await administrator.get('/receipts-tool/users')).status).to.equal(302)
  })
})

describe('session cookies behind an HTTPS proxy in production', () => {
  let testApp: TestApp
  let server: Server
  let base: string
  before(async () => {
    testApp = await createTestApp({
      demoData: true,
      config: { env: 'production', trustProxy: true, paymentSandboxInProduction: true },
    })
    server = testApp.app.listen(0, '127.0.0.1')
    await once(server, 'listening')
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  after(async () => {
    server.close()
    await testApp.close()
  })

  it('marks every session cookie and the signed-in marker HttpOnly, SameSite=Lax and Secure', async () => {
    const browser = new CookieBrowser({ 'X-Forwarded-Proto': 'https' })
    const password = await browser.submit(`${base}/client/sign-in`, { userId: '2061 2145 0971', password: 'Demo1234' })
    const pinPage = await browser.get(`${base}${password.location!}`)
    const pin = await browser.submit(
      `${base}/client/sign-in/pin`,
      digitsFor('9753108', askedPositions(pinPage.text)),
      `${base}/client/sign-in/pin`,
    )
    expect(pin.location).to.equal('/client/home')
    await browser.submit(`${base}/caseworker/sign-in`, { staffId: '35220900', password: 'Demo-staff-1' })
    await browser.submit(`${base}/receipts-tool/sign-in`, { staffId: CHRIS, password: 'Demo-staff-1' })
    const payment = await testApp.deps.paymentProvider.createPayment(paymentRequest())
    await browser.get(`${base}${new URL(payment.nextUrl, base).pathname}`)
    const names = ['cmss_client', 'cmss_signed_in', 'cmss_caseworker', 'cmss_receipts_tool', 'cmss_payment_sandbox']
    for (const name of names) {
      const set = browser.setCookies.filter(
        cookie => cookie.startsWith(`${name}=`) && !cookie.includes('Expires=Thu, 01 Jan 1970'),
      )
      expect(set, name).to.have.length.greaterThan(0)
      for (const cookie of set) {
        expect(cookie, name)
          .to.contain('HttpOnly')
          .and.contain('SameSite=Lax')
          .and.match(/; Secure(;|$)/)
      }
    }
  })

  it('sends no session cookie over plain HTTP', async () => {
    const browser = new CookieBrowser()
    await browser.get(`${base}/client/sign-in`)
    await browser.get(`${base}/caseworker/sign-in`)
    expect(browser.setCookies.filter(cookie => cookie.startsWith('cmss_'))).to.deep.equal([])
  })
})

describe('session cookies in production without a trusted proxy', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ config: { env: 'production', trustProxy: false } })
  })
  after(() => testApp.close())

  it('does not take a forged X-Forwarded-Proto as HTTPS', async () => {
    const response = await request(testApp.app).get('/client/sign-in').set('X-Forwarded-Proto', 'https')
    expect(response.status).to.equal(200)
    expect(response.headers['set-cookie']).to.equal(undefined)
  })
})
