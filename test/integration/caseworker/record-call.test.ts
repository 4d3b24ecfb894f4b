import { expect } from 'chai'
import { insertClient } from '../../fixtures/clients.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../../support/html.ts'
import { signedInCaseworker } from '../../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

describe('caseworker: record a call', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  async function record(fields: Record<string, string>) {
    const client = await insertClient(testApp.database.db, testApp.deps.pinSecret)
    const { agent } = await signedInCaseworker(testApp.app)
    const url = `/caseworker/clients/${client.id}/record-a-call`
    const page = await agent.get(url)
    const response = await agent
      .post(url)
      .type('form')
      .send({ _csrf: csrfTokenFrom(page.text), ...fields })
    return { client, agent, response }
  }

  it('records the call as a phone call activity, done, with the reason in the notes, audit logged', async () => {
    const { client, agent, response } = await record({
      direction: 'inbound',
      referred: 'no',
      notes: 'Asked when the next payment is due; told them.',
    })
    expect(response.headers.location).to.equal(`/caseworker/clients/${client.id}/activities`)
    const list = parseHtml((await agent.get(response.headers.location!)).text)
    expect(textOf(list, '.govuk-notification-banner')).to.contain('The call is recorded as done')
    expect(textOf(list, 'main table tbody'))
      .to.contain('Phone call')
      .and.contain('Call from the client')
      .and.contain('Done')
    const [call] = await testApp.deps.activities.listForClient(client.id)
    expect(call).to.deep.include({
      activityType: 'phone_call',
      direction: 'inbound',
      status: 'done',
      body: 'Asked when the next payment is due; told them.',
      createdBy: '35220900',
      completedBy: '35220900',
    })
    const audit = await testApp.database
      .db('audit_log')
      .where({ action: 'call_recorded', actor_id: '35220900', subject_id: String(client.id) })
    expect(audit).to.have.length(1)
  })

  it('records a referral to the Self Service Support Team with the seed’s reason', async () => {
    const { client } = await record({
      direction: 'inbound',
      referred: 'yes',
      referralReason: 'log_in',
      notes: 'Could not log in with their PIN; warm transferred.',
    })
    const [call] = await testApp.deps.activities.listForClient(client.id)
    expect(call!.subject).to.equal('Referred to the Self Service Support Team: Log in')
    const [audit] = await testApp.database
      .db('audit_log')
      .where({ action: 'call_recorded', subject_id: String(client.id) })
    expect(JSON.parse(audit!.details!)).to.deep.include({ referral: 'log_in' })
  })

  for (const [fields, field, message] of [
    [{ referred: 'no', notes: 'x' }, 'direction', 'Select whether the client called us or we called the client'],
    [
      { direction: 'outbound', notes: 'x' },
      'referred',
      'Select whether the call was referred to the Self Service Support Team',
    ],
    [
      { direction: 'outbound', referred: 'yes', notes: 'x' },
      'referralReason',
      'Select why the call was referred to the Self Service Support Team',
    ],
    [{ direction: 'outbound', referred: 'no', notes: '' }, 'notes', 'Enter the reason for the call'],
    [
      { direction: 'outbound', referred: 'no', notes: 'x'.repeat(1001) },
      'notes',
      'Notes must be 1000 characters or fewer',
    ],
  ] as const) {
    it(`says "${message}", keeping what was typed`, async () => {
      const { client, response } = await record(fields)
      expect(response.status).to.equal(400)
      const $ = parseHtml(response.text)
      expect($(`.govuk-error-summary a[href="#${field}"]`).text()).to.equal(message)
      expect($('#notes').text()).to.equal(fields.notes)
      expect(await testApp.deps.activities.listForClient(client.id)).to.deep.equal([])
    })
  }

  it('answers 404 for a client that does not exist', async () => {
    const { agent } = await signedInCaseworker(testApp.app)
    expect((await agent.get('/caseworker/clients/999999/record-a-call')).status).to.equal(404)
  })
})
