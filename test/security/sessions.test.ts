import { expect } from 'chai'
import request from 'supertest'
import type { Response } from 'supertest'
import { askedPositions, digitsFor, signIn, signInWithPassword } from '../support/client-journeys.ts'
import { csrfTokenFrom } from '../support/html.ts'
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
