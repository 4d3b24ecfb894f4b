import { expect } from 'chai'
import type { CheerioAPI } from 'cheerio'
import { raiseRequest, recordActivity } from '../../fixtures/caseworker-work.ts'
import type { Agent } from '../../support/client-journeys.ts'
import { csrfTokenFrom, parseHtml } from '../../support/html.ts'
import { PAUL, RHIAN, specialRecordsTestBed } from '../../support/special-records-test-bed.ts'
import type { TestApp } from '../../support/test-app.ts'

const EWAN_CRN_SHOWN = '1210 0400 0034'
const EWAN_EMAIL = 'ewan.private@example.com'
const PRIVATE_SUBJECT = 'About my new address in Ewan’s village'

/**
 * Every intranet list that names clients across records: a special client record shows, to staff
 * without the profile, as "Restricted record" with its CRN, and nothing that says who it is.
 */
describe('special client records in the intranet’s lists', () => {
  let testApp: TestApp
  let paul: Agent
  let rhian: Agent
  let ewan: number
  let sarah: number
  let requestId: number
  let reference: string
  let activityId: number
  let messageId: number
  before(async () => {
    ;({ testApp, paul, rhian, ewan, sarah } = await specialRecordsTestBed())
    const db = testApp.database.db
    await db('special_client_records').insert({
      client_id: ewan,
      reason: 'Risk of harm',
      marked_by: RHIAN,
      marked_at: '2026-11-20T10:00:00.000Z',
    })
    ;({ id: requestId, reference } = await raiseRequest(testApp.deps, ewan, 'change_of_name', { firstName: 'Ed' }))
    activityId = await recordActivity(testApp.deps, ewan, { subject: PRIVATE_SUBJECT })
    await testApp.deps.outbox.record(
      {
        channel: 'email',
        recipient: EWAN_EMAIL,
        clientId: ewan,
        template: 'letter_waiting',
        language: 'en',
        subject: 'A letter for Ewan',
        body: 'Dear Ewan\n\nWe have sent you a letter.',
        reference: null,
        status: 'stored',
        providerId: null,
      },
      testApp.clock.now(),
    )
    messageId = (await db('outbound_messages').where({ recipient: EWAN_EMAIL }).first())!.id
  })
  after(() => testApp.close())

  const rowWith = ($: CheerioAPI, text: string) =>
    $('tr, .govuk-summary-card').filter((_index, row) => $(row).text().includes(text))

  describe('to staff without the profile', () => {
    it('lists the record’s service request by CRN, without its name or a link to it', async () => {
      const response = await paul.get('/caseworker/service-requests')
      expect(response.status).to.equal(200)
      const $ = parseHtml(response.text)
      const row = rowWith($, reference)
      expect(row).to.have.length(1)
      expect(row.text()).to.contain('Restricted record').and.contain(EWAN_CRN_SHOWN)
      expect(row.find('a')).to.have.length(0)
      expect(response.text).not.to.contain('Ewan')
      expect(response.text).not.to.contain(`/caseworker/service-requests/${requestId}"`)
    })

    it('lists the record’s work items by CRN, without its name, subject or a link into the record', async () => {
      const response = await paul.get('/caseworker/work-items')
      expect(response.status).to.equal(200)
      const $ = parseHtml(response.text)
      const rows = rowWith($, EWAN_CRN_SHOWN)
      expect(rows.length).to.be.greaterThan(0)
      for (const row of rows.toArray()) expect($(row).text()).to.contain('Restricted record')
      expect(response.text).not.to.contain('Ewan')
      expect(response.text).not.to.contain(PRIVATE_SUBJECT.replace('’', '&#8217;'))
      expect($('body').text()).not.to.contain(PRIVATE_SUBJECT)
      expect(response.text).not.to.contain(`/caseworker/clients/${ewan}/`)
    })

    it('lists messages sent to the record by CRN, without the address, subject or text, and offers no resend', async () => {
      const response = await paul.get('/caseworker/outbound-messages')
      expect(response.status).to.equal(200)
      const $ = parseHtml(response.text)
      const cards = rowWith($, EWAN_CRN_SHOWN)
      expect(cards.length).to.be.greaterThan(0)
      expect(cards.first().text()).to.contain('Restricted record')
      expect(response.text).not.to.contain(EWAN_EMAIL)
      expect(response.text).not.to.contain('Ewan')
      expect(response.text).not.to.contain(`/caseworker/outbound-messages/${messageId}/resend`)
    })

    it('refuses to resend a message to the record (403), sends nothing and audit logs the attempt', async () => {
      const before = await testApp.database.db('outbound_messages').count({ count: '*' }).first()
      const page = await paul.get('/caseworker/find-a-client')
      const response = await paul
        .post(`/caseworker/outbound-messages/${messageId}/resend`)
        .type('form')
        .send({ _csrf: csrfTokenFrom(page.text) })
      expect(response.status).to.equal(403)
      expect(parseHtml(response.text)('h1').text()).to.equal('Access to this record is restricted')
      expect(response.text).not.to.contain(EWAN_EMAIL)
      const after = await testApp.database.db('outbound_messages').count({ count: '*' }).first()
      expect(Number(after!.count)).to.equal(Number(before!.count))
      const refused = await testApp.database
        .db('audit_log')
        .where({ action: 'special_client_record_access_refused', actor_id: PAUL })
        .select('details')
      expect(refused.map(row => JSON.parse(row.details!) as unknown)).to.deep.include({
        page: `/caseworker/outbound-messages/${messageId}/resend`,
      })
    })

    it('shows the record as the other parent on a case by CRN only', async () => {
      const response = await paul.get(`/caseworker/clients/${sarah}`)
      expect(response.status).to.equal(200)
      const $ = parseHtml(response.text)
      const cases = $('table').last().text()
      expect(cases).to.contain('Restricted record').and.contain(EWAN_CRN_SHOWN)
      expect(response.text).not.to.contain('Ewan')
    })
  })

  describe('to staff with the profile', () => {
    it('lists the service request with the client’s name and a link to it', async () => {
      const $ = parseHtml((await rhian.get('/caseworker/service-requests')).text)
      const row = rowWith($, reference)
      expect(row.text()).to.contain('Ewan Jones').and.not.contain('Restricted record')
      expect(row.find(`a[href="/caseworker/service-requests/${requestId}"]`)).to.have.length(1)
    })

    it('lists the work item with the client’s name, subject and link', async () => {
      const $ = parseHtml((await rhian.get('/caseworker/work-items')).text)
      const row = rowWith($, PRIVATE_SUBJECT)
      expect(row.text()).to.contain(`Ewan Jones (${EWAN_CRN_SHOWN})`).and.not.contain('Restricted record')
      expect(row.find(`a[href="/caseworker/clients/${ewan}/activities/${activityId}"]`)).to.have.length(1)
    })

    it('lists the message with its address, text and resend button', async () => {
      const $ = parseHtml((await rhian.get('/caseworker/outbound-messages')).text)
      const card = rowWith($, EWAN_EMAIL)
      expect(card.text()).to.contain('Dear Ewan').and.not.contain('Restricted record')
      expect(card.find(`form[action="/caseworker/outbound-messages/${messageId}/resend"]`)).to.have.length(1)
    })

    it('names the other parent on the case', async () => {
      const $ = parseHtml((await rhian.get(`/caseworker/clients/${sarah}`)).text)
      expect($('table').last().text()).to.contain('Ewan Jones').and.not.contain('Restricted record')
    })
  })
})
