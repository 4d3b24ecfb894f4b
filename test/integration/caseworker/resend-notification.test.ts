import { expect } from 'chai'
import { insertClient } from '../../fixtures/clients.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../../support/html.ts'
import { signedInCaseworker } from '../../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

describe('caseworker: resend a notification', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  const outbox = () => testApp.database.db('outbound_messages')

  async function sentEmail(
    template: 'pinChanged' | 'signInCode',
    clientId: number | null,
    language: 'en' | 'cy' = 'en',
  ) {
    await testApp.deps.notifications.sendEmail({
      template,
      language,
      emailAddress: 'pat@example.com',
      clientId,
      values: { firstName: 'Pat', date: '23 November 2026', code: '123456' },
    })
    return (await outbox().orderBy('id', 'desc').first())!
  }

  async function resend(messageId: number) {
    const { agent } = await signedInCaseworker(testApp.app)
    const page = await agent.get('/caseworker/outbound-messages')
    const response = await agent
      .post(`/caseworker/outbound-messages/${messageId}/resend`)
      .type('form')
      .send({ _csrf: csrfTokenFrom(page.text) })
    return { agent, page: parseHtml(page.text), response }
  }

  it('sends a copy to the same address, recorded on the client’s record and audit logged', async () => {
    const client = await insertClient(testApp.database.db, testApp.deps.pinSecret)
    const original = await sentEmail('pinChanged', client.id)
    const { agent, page, response } = await resend(original.id)
    expect(page(`form[action="/caseworker/outbound-messages/${original.id}/resend"]`)).to.have.length(1)
    expect(response.headers.location).to.equal('/caseworker/outbound-messages')
    const after = parseHtml((await agent.get('/caseworker/outbound-messages')).text)
    expect(textOf(after, '.govuk-notification-banner')).to.contain('A copy was sent to pat@example.com')
    const copy = (await outbox().orderBy('id', 'desc').first())!
    expect(copy).to.deep.include({ recipient: 'pat@example.com', client_id: client.id, channel: 'email' })
    expect(copy.subject).to.equal('Copy: Your Child Maintenance Service PIN has changed')
    expect(copy.body)
      .to.contain('This is a copy of a message we sent you on 23 November 2026.')
      .and.contain(original.body)
    const [activity] = await testApp.deps.activities.listForClient(client.id)
    expect(activity).to.deep.include({
      activityType: 'outbound_email',
      outboundMessageId: copy.id,
      createdBy: '35220900',
    })
    const audit = await testApp.database
      .db('audit_log')
      .where({ action: 'notification_resent', actor_id: '35220900', subject_id: String(client.id) })
    expect(audit).to.have.length(1)
  })

  it('resends in the language the message was sent in', async () => {
    const client = await insertClient(testApp.database.db, testApp.deps.pinSecret)
    const original = await sentEmail('pinChanged', client.id, 'cy')
    await resend(original.id)
    const copy = (await outbox().orderBy('id', 'desc').first())!
    expect(copy.subject).to.match(/^Copi: /)
  })

  it('never resends a one-time sign-in code, nor a message to no client', async () => {
    const client = await insertClient(testApp.database.db, testApp.deps.pinSecret)
    const originals = [await sentEmail('signInCode', client.id), await sentEmail('pinChanged', null)]
    const lastId = originals[1]!.id
    for (const original of originals) {
      const { agent, page, response } = await resend(original.id)
      expect(page(`form[action="/caseworker/outbound-messages/${original.id}/resend"]`)).to.have.length(0)
      const after = parseHtml((await agent.get(response.headers.location!)).text)
      expect(textOf(after, '.govuk-notification-banner')).to.contain('cannot be resent')
      expect((await outbox().orderBy('id', 'desc').first())!.id).to.equal(lastId)
    }
  })

  it('answers 404 for a message that does not exist', async () => {
    const { response } = await resend(999999)
    expect(response.status).to.equal(404)
  })
})
