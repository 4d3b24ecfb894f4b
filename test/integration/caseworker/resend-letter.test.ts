import { expect } from 'chai'
import { newActivity } from '../../../models/activity.model.ts'
import { clientIdByReference } from '../../support/demo-clients.ts'
import { csrfTokenFrom, parseHtml } from '../../support/html.ts'
import { signedInCaseworker } from '../../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

describe('resending a letter from the intranet', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  const clientId = (crn: string) => clientIdByReference(testApp, crn)

  async function letterActivity(client: number) {
    const letter = await testApp.deps.letterIssuer.issue({
      clientId: client,
      templateCode: 'CMSL9800',
      issuedBy: 'system',
    })
    const [activity] = await testApp.deps.activities.listForClient(client, { types: ['outbound_letter'] })
    expect(activity!.letterId).to.equal(letter.id)
    return { letter, activity: activity! }
  }

  async function resend(client: number, activityId: number, withToken = true) {
    const { agent } = await signedInCaseworker(testApp.app)
    const page = await agent.get(`/caseworker/clients/${client}/activities/${activityId}`)
    const response = await agent
      .post(`/caseworker/clients/${client}/activities/${activityId}/resend-letter`)
      .type('form')
      .send(withToken ? { _csrf: csrfTokenFrom(page.text) } : {})
    return { agent, page, response }
  }

  it('sends the letter again with a new reference, recorded as an outbound letter and audit logged', async () => {
    const ewan = await clientId('121004000034')
    const { letter, activity } = await letterActivity(ewan)
    const { agent, page, response } = await resend(ewan, activity.id)
    expect(parseHtml(page.text)('button:contains("Resend this letter")')).to.have.length(1)
    expect(response.status).to.equal(302)
    const letters = await testApp.deps.letters.listForClient(ewan)
    const copy = letters.find(
      each => each.id !== letter.id && each.templateCode === 'CMSL9800' && each.issuedBy === '35220900',
    )
    expect(copy).to.not.equal(undefined)
    expect(copy!.reference).to.not.equal(letter.reference)
    const shown = await agent.get(response.headers.location!)
    expect(parseHtml(shown.text)('main').text()).to.contain(
      `The letter is sent again, with reference ${copy!.reference}.`,
    )
    const audit = await testApp.database
      .db('audit_log')
      .where({ action: 'letter.issued', subject_id: String(copy!.id) })
    expect(audit.map(row => [row.actor_type, row.actor_id])).to.deep.equal([['staff', '35220900']])
  })

  it('sends nothing for an activity that is not a letter', async () => {
    const ewan = await clientId('121004000034')
    const callId = await testApp.deps.activities.record(
      newActivity({
        clientId: ewan,
        activityType: 'phone_call',
        direction: 'inbound',
        subject: 'Call',
        status: 'done',
        createdBy: '35220900',
      }),
      testApp.clock.now(),
    )
    const before = (await testApp.deps.letters.listForClient(ewan)).length
    const { agent, response } = await resend(ewan, callId)
    expect(response.status).to.equal(302)
    expect(parseHtml((await agent.get(response.headers.location!)).text)('main').text()).to.contain(
      'Only a letter the client was sent can be sent again.',
    )
    expect(await testApp.deps.letters.listForClient(ewan)).to.have.length(before)
  })

  it('refuses another client’s letter and a post without the form’s token', async () => {
    const ewan = await clientId('121004000034')
    const george = await clientId('121003957455')
    const { activity } = await letterActivity(ewan)
    const before = (await testApp.deps.letters.listForClient(ewan)).length
    expect((await resend(george, activity.id)).response.status).to.equal(404)
    expect((await resend(ewan, activity.id, false)).response.status).to.equal(403)
    expect(await testApp.deps.letters.listForClient(ewan)).to.have.length(before)
  })
})
