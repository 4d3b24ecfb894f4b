import { expect } from 'chai'
import request from 'supertest'
import { insertClient } from '../../fixtures/clients.ts'
import { raiseRequest, recordActivity, storeDocument } from '../../fixtures/caseworker-work.ts'
import { withCms2012Profile } from '../../fixtures/staff-profiles.ts'
import { signIn } from '../../support/client-journeys.ts'
import { csrfTokenFrom } from '../../support/html.ts'
import { signedInCaseworker } from '../../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

/*
 * Every page of the caseworker's work on client records refuses anyone but a signed-in caseworker:
 * not signed in, a client's session, a Receipts and Payments Tool session, and a staff member with no
 * Case Worker or Team Leader profile for the CMS 2012 system.
 */
describe('caseworker work pages: access refusals', () => {
  let testApp: TestApp
  let routes: Array<['get' | 'post', string]>
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    const client = await insertClient(testApp.database.db, testApp.deps.pinSecret)
    const { id: requestId } = await raiseRequest(testApp.deps, client.id, 'other_change', { caseId: 1, details: 'x' })
    const activityId = await recordActivity(testApp.deps, client.id)
    const documentId = await storeDocument(testApp.deps, client.id, { messageId: activityId })
    const base = `/caseworker/clients/${client.id}`
    routes = [
      ['get', '/caseworker/work-items'],
      ['post', '/caseworker/outbound-messages/1/resend'],
      ['get', '/caseworker/service-requests'],
      ['get', `/caseworker/service-requests/${requestId}`],
      ['post', `/caseworker/service-requests/${requestId}/complete`],
      ['post', `/caseworker/service-requests/${requestId}/reject`],
      ['get', `${base}/documents/${documentId}`],
      ['get', `${base}/record-a-call`],
      ['post', `${base}/record-a-call`],
      ['get', `${base}/activities`],
      ['get', `${base}/activities/${activityId}`],
      ['post', `${base}/activities/${activityId}/notes`],
      ['post', `${base}/activities/${activityId}/done`],
      ['get', `${base}/activities/${activityId}/message.pdf`],
      ['get', `${base}/activities/${activityId}/respond`],
      ['post', `${base}/activities/${activityId}/respond`],
      ['get', `${base}/activities/${activityId}/respond/payment-paid-on`],
      ['post', `${base}/activities/${activityId}/respond/payment-paid-on`],
      ['get', `${base}/activities/${activityId}/respond/payment-paid-on/check`],
      ['post', `${base}/activities/${activityId}/respond/payment-paid-on/check`],
    ]
  })
  after(() => testApp.close())

  async function expectRefused(
    agent: request.Agent,
    token: string,
    expected: (response: request.Response, url: string) => void,
  ) {
    for (const [method, url] of routes) {
      const response =
        method === 'get'
          ? await agent.get(url)
          : await agent.post(url).type('form').send({ _csrf: token, reason: 'x', note: 'x' })
      expected(response, url)
    }
  }

  const toSignIn = (response: request.Response, url: string) =>
    expect(response.headers.location, url).to.equal('/caseworker/sign-in')

  it('sends anyone not signed in to sign in', async () => {
    const agent = request.agent(testApp.app)
    const token = csrfTokenFrom((await agent.get('/caseworker/sign-in')).text)
    await expectRefused(agent, token, toSignIn)
  })

  it('never opens a page for a client’s session', async () => {
    const agent = request.agent(testApp.app)
    await signIn(agent, '2061 2145 0971', 'Demo1234', '9753108')
    const token = csrfTokenFrom((await agent.get('/caseworker/sign-in')).text)
    await expectRefused(agent, token, toSignIn)
  })

  it('never opens a page for a Receipts and Payments Tool session (the wrong system)', async () => {
    const agent = request.agent(testApp.app)
    const page = await agent.get('/receipts-tool/sign-in')
    await agent
      .post('/receipts-tool/sign-in')
      .type('form')
      .send({ _csrf: csrfTokenFrom(page.text), staffId: '76834403', password: 'Demo-staff-1' })
    const token = csrfTokenFrom((await agent.get('/caseworker/sign-in')).text)
    await expectRefused(agent, token, toSignIn)
  })

  it('refuses staff with no Case Worker or Team Leader profile', async () => {
    await withCms2012Profile(testApp.database.db, '76834403', 'special_client_records', async () => {
      const { agent } = await signedInCaseworker(testApp.app, '76834403')
      const token = csrfTokenFrom((await agent.get('/caseworker/service-requests')).text)
      await expectRefused(agent, token, (response, url) => expect(response.status, url).to.equal(403))
    })
  })

  it('refuses a change without the form’s token', async () => {
    const { agent } = await signedInCaseworker(testApp.app)
    for (const [method, url] of routes.filter(([method]) => method === 'post')) {
      expect((await agent[method](url).type('form').send({ reason: 'x', note: 'x' })).status, url).to.equal(403)
    }
  })
})
