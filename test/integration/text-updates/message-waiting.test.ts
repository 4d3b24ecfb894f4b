import { expect } from 'chai'
import type { Agent } from 'supertest'
import { insertClient } from '../../fixtures/clients.ts'
import { recordActivity } from '../../fixtures/caseworker-work.ts'
import { csrfTokenFrom } from '../../support/html.ts'
import { signedInCaseworker } from '../../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

const calculationFields = {
  'field-weeklyAmount': '52.10',
  'field-effectiveFrom-day': '1',
  'field-effectiveFrom-month': '9',
  'field-effectiveFrom-year': '2026',
}

describe('SMS text updates: a message waiting on the site', () => {
  let testApp: TestApp
  let agent: Agent
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    agent = (await signedInCaseworker(testApp.app)).agent
  })
  after(() => testApp.close())

  async function post(url: string, fields: Record<string, string>) {
    const page = await agent.get(url)
    return agent
      .post(url)
      .type('form')
      .send({ _csrf: csrfTokenFrom(page.text), ...fields })
  }

  /** A self-service client's calculation query, answered by a caseworker with an approved response. */
  async function answeredClient(fields: { sms_opt_in: boolean; phone_mobile: string | null; language?: 'en' | 'cy' }) {
    const client = await insertClient(testApp.database.db, testApp.deps.pinSecret, {
      contactPreference: 'self_service',
      email: 'ruth@example.com',
      firstName: 'Ruth',
      lastName: 'Pryce',
      preferredLanguage: fields.language ?? 'en',
    })
    await testApp.database
      .db('clients')
      .where({ id: client.id })
      .update({ sms_opt_in: fields.sms_opt_in, phone_mobile: fields.phone_mobile })
    const activityId = await recordActivity(testApp.deps, client.id, { subject: 'Query about calculation' })
    const base = `/caseworker/clients/${client.id}/activities/${activityId}/respond/calculation-explained`
    await post(base, calculationFields)
    const sent = await post(`${base}/check`, {})
    expect(sent.status, 'answer sent').to.equal(302)
    return client.id
  }

  const textsTo = async (clientId: number) =>
    (await testApp.deps.outbox.forClient(clientId)).filter(message => message.channel === 'sms')

  it('texts a client who opted in, once, when a caseworker’s answer reaches their contact history', async () => {
    const clientId = await answeredClient({ sms_opt_in: true, phone_mobile: '07700 900123' })
    const emails = await testApp.deps.activities.listForClient(clientId, { types: ['outbound_email'] })
    expect(emails, 'the answer on the site').to.have.length(1)
    const texts = await textsTo(clientId)
    expect(texts).to.have.length(1)
    expect(texts[0]).to.deep.include({ template: 'textMessageWaiting', recipient: '07700 900123', language: 'en' })
    expect(texts[0]!.body).to.equal(
      'Hello Ruth, you have a new message from the Child Maintenance Service. Sign in to your account to read it.',
    )
  })

  it('texts in Welsh for a Welsh-language client, with their first name only', async () => {
    const clientId = await answeredClient({ sms_opt_in: true, phone_mobile: '07700 900124', language: 'cy' })
    const [text] = await textsTo(clientId)
    expect(text!.language).to.equal('cy')
    expect(text!.body).to.contain('Helo Ruth').and.not.contain('Pryce')
  })

  it('sends no text to a client who has not opted in, or has no mobile number', async () => {
    const notOptedIn = await answeredClient({ sms_opt_in: false, phone_mobile: '07700 900125' })
    const noMobile = await answeredClient({ sms_opt_in: true, phone_mobile: null })
    expect(await textsTo(notOptedIn)).to.deep.equal([])
    expect(await textsTo(noMobile)).to.deep.equal([])
  })
})
