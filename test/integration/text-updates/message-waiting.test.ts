import { expect } from 'chai'
import { insertClient } from '../../fixtures/clients.ts'
import { recordActivity } from '../../fixtures/caseworker-work.ts'
import { submitForm, type Agent } from '../../support/client-journeys.ts'
import { caseworkerTestBed } from '../../support/staff-journeys.ts'
import type { TestApp } from '../../support/test-app.ts'
import { optInToTexts, textsTo } from '../../support/text-updates.ts'

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
    ;({ testApp, agent } = await caseworkerTestBed())
  })
  after(() => testApp.close())

  /** A self-service client's calculation query, answered by a caseworker with an approved response. */
  async function answeredClient(fields: { sms_opt_in: boolean; phone_mobile: string | null; language?: 'en' | 'cy' }) {
    const client = await insertClient(testApp.database.db, testApp.deps.pinSecret, {
      contactPreference: 'self_service',
      email: 'ruth@example.com',
      firstName: 'Ruth',
      lastName: 'Pryce',
      preferredLanguage: fields.language ?? 'en',
    })
    await optInToTexts(testApp, client.id, { sms_opt_in: fields.sms_opt_in, phone_mobile: fields.phone_mobile })
    const activityId = await recordActivity(testApp.deps, client.id, { subject: 'Query about calculation' })
    const base = `/caseworker/clients/${client.id}/activities/${activityId}/respond/calculation-explained`
    await submitForm(agent, base, calculationFields)
    const sent = await submitForm(agent, `${base}/check`, {})
    expect(sent.status, 'answer sent').to.equal(302)
    return client.id
  }

  it('texts a client who opted in, once, when a caseworker’s answer reaches their contact history', async () => {
    const clientId = await answeredClient({ sms_opt_in: true, phone_mobile: '07700 900123' })
    const emails = await testApp.deps.activities.listForClient(clientId, { types: ['outbound_email'] })
    expect(emails, 'the answer on the site').to.have.length(1)
    const texts = await textsTo(testApp, clientId)
    expect(texts).to.have.length(1)
    expect(texts[0]).to.deep.include({ template: 'textMessageWaiting', recipient: '07700 900123', language: 'en' })
    expect(texts[0]!.body).to.equal(
      'Hello Ruth, you have a new message from the Child Maintenance Service. Sign in to your account to read it.',
    )
  })

  it('texts in Welsh for a Welsh-language client, with their first name only', async () => {
    const clientId = await answeredClient({ sms_opt_in: true, phone_mobile: '07700 900124', language: 'cy' })
    const [text] = await textsTo(testApp, clientId)
    expect(text!.language).to.equal('cy')
    expect(text!.body).to.contain('Helo Ruth').and.not.contain('Pryce')
  })

  it('sends no text to a client who has not opted in, or has no mobile number', async () => {
    const notOptedIn = await answeredClient({ sms_opt_in: false, phone_mobile: '07700 900125' })
    const noMobile = await answeredClient({ sms_opt_in: true, phone_mobile: null })
    expect(await textsTo(testApp, notOptedIn)).to.deep.equal([])
    expect(await textsTo(testApp, noMobile)).to.deep.equal([])
  })
})
