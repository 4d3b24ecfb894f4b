import { expect } from 'chai'
import { submitForm, type Agent } from '../../support/client-journeys.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { EWAN_CRN, PAUL, RHIAN, specialRecordsTestBed } from '../../support/special-records-test-bed.ts'
import type { TestApp } from '../../support/test-app.ts'

describe('special client records on the intranet', () => {
  let testApp: TestApp
  let paul: Agent
  let rhian: Agent
  let ewan: number
  let sarah: number
  before(async () => {
    ;({ testApp, paul, rhian, ewan, sarah } = await specialRecordsTestBed())
  })
  after(() => testApp.close())

  const pageOf = (clientId: number) => `/caseworker/clients/${clientId}/special-client-record`
  const mark = (agent: Agent, clientId: number, fields: Record<string, string>) =>
    submitForm(agent, pageOf(clientId), fields)
  const auditRows = (action: string) =>
    testApp.database.db('audit_log').where({ action }).orderBy('id').select('actor_id', 'subject_id', 'details')
  const markedRow = () => testApp.database.db('special_client_records').where({ client_id: ewan }).first()

  describe('marking and unmarking', () => {
    afterEach(() => testApp.database.db('special_client_records').delete())

    it('lets any caseworker mark a client, recording who, when and why, and audit logs it', async () => {
      const response = await mark(paul, ewan, { reason: 'Risk of harm from the other parent', confirm: 'yes' })
      expect(response.status).to.equal(302)
      expect(response.headers.location).to.equal(`/caseworker/clients/${ewan}`)
      const row = await markedRow()
      expect(row).to.include({ reason: 'Risk of harm from the other parent', marked_by: PAUL })
      expect(row!.marked_at).to.match(/^\d{4}-\d\d-\d\dT/)
      const [audit] = (await auditRows('special_client_record_marked')).slice(-1)
      expect(audit).to.deep.include({ actor_id: PAUL, subject_id: String(ewan) })
      expect(JSON.parse(audit!.details!)).to.deep.equal({ reason: 'Risk of harm from the other parent' })
    })

    it('asks for a reason and a confirmation, keeping what was typed, and marks nothing', async () => {
      const auditedBefore = (await auditRows('special_client_record_marked')).length
      const noConfirm = await mark(paul, ewan, { reason: 'Typed reason' })
      expect(noConfirm.status).to.equal(400)
      const $ = parseHtml(noConfirm.text)
      expect(textOf($, '.govuk-error-summary')).to.contain(
        'Confirm that the other party must not see this client’s name',
      )
      expect($('#reason').val()).to.equal('Typed reason')
      expect($('title').text()).to.match(/^Error: /)
      const noReason = await mark(paul, ewan, { confirm: 'yes' })
      expect(noReason.status).to.equal(400)
      expect(textOf(parseHtml(noReason.text), '.govuk-error-summary')).to.contain(
        'Enter why this is a special client record',
      )
      expect(parseHtml(noReason.text)('#confirm').attr('checked')).to.equal('checked')
      const tooLong = await mark(paul, ewan, { reason: 'x'.repeat(501), confirm: 'yes' })
      expect(tooLong.status).to.equal(400)
      expect(textOf(parseHtml(tooLong.text), '#reason-error')).to.contain('Reason must be 500 characters or fewer')
      expect(await markedRow()).to.equal(undefined)
      expect(await auditRows('special_client_record_marked')).to.have.length(auditedBefore)
    })

    it('refuses the form without its CSRF token', async () => {
      const response = await paul.post(pageOf(ewan)).type('form').send({ reason: 'No token', confirm: 'yes' })
      expect(response.status).to.equal(403)
      expect(await markedRow()).to.equal(undefined)
    })

    it('lets a member with the profile take the mark off, with a reason, audit logged with the old mark', async () => {
      await mark(paul, ewan, { reason: 'Risk of harm', confirm: 'yes' })
      const form = await rhian.get(pageOf(ewan))
      expect(textOf(parseHtml(form.text), 'h1')).to.equal('Remove the special client record mark')
      expect(textOf(parseHtml(form.text), '.govuk-summary-list'))
        .to.contain(PAUL)
        .and.contain('Risk of harm')
      const missing = await mark(rhian, ewan, { reason: '' })
      expect(missing.status).to.equal(400)
      expect(textOf(parseHtml(missing.text), '.govuk-error-summary'))
        .to.contain('Enter why the mark is being removed')
        .and.contain('Confirm that the other party may see this client’s first name again')
      const response = await mark(rhian, ewan, { reason: 'Risk has passed', confirm: 'yes' })
      expect(response.status).to.equal(302)
      expect(await markedRow()).to.equal(undefined)
      const [audit] = await auditRows('special_client_record_unmarked')
      expect(audit).to.deep.include({ actor_id: RHIAN, subject_id: String(ewan) })
      expect(JSON.parse(audit!.details!)).to.deep.include({ reason: 'Risk has passed', markedBy: PAUL })
    })

    it('says 404 for a client that does not exist', async () => {
      expect((await paul.get(pageOf(999999))).status).to.equal(404)
    })
  })

  describe('opening a special client record', () => {
    let requestId: number
    before(async () => {
      await mark(paul, ewan, { reason: 'Risk of harm', confirm: 'yes' })
      const [inserted]: Array<{ id: number } | number> = await testApp.database
        .db('service_requests')
        .insert({
          reference: 'SR-SPECIAL1',
          client_id: ewan,
          source: 'self_service',
          request_type: 'change_of_name',
          status: 'open',
          requested_change: '{}',
          created_at: '2026-11-20T10:00:00.000Z',
        })
        .returning('id')
      requestId = typeof inserted === 'object' ? inserted.id : inserted!
    })
    after(async () => {
      await testApp.database.db('service_requests').where({ id: requestId }).delete()
      await testApp.database.db('special_client_records').delete()
    })

    const subPages = () => [
      `/caseworker/clients/${ewan}`,
      `/caseworker/clients/${ewan}/activities`,
      `/caseworker/clients/${ewan}/application`,
      `/caseworker/clients/${ewan}/record-a-call`,
      `/caseworker/clients/${ewan}/reset-pin`,
      `/caseworker/clients/${ewan}/telephone-payment`,
      `/caseworker/clients/${ewan}/telephone-payment/return`,
      `/caseworker/clients/${ewan}/special-client-record`,
      `/caseworker/clients/${ewan}/documents/1`,
      `/caseworker/service-requests/${requestId}`,
    ]

    it('opens the record and every sub-page for staff with the Special Client Records profile', async () => {
      const record = await rhian.get(`/caseworker/clients/${ewan}`)
      expect(record.status).to.equal(200)
      expect(textOf(parseHtml(record.text), 'h1')).to.contain('Ewan Jones')
      expect(textOf(parseHtml(record.text), '[data-test="special-client-record"]')).to.contain('Special client record')
      // A document that does not exist, and a payment's return with no payment, are not pages to open.
      for (const page of subPages().filter(page => !page.includes('/documents/') && !page.endsWith('/return')))
        expect((await rhian.get(page)).status, page).to.equal(200)
      expect(await auditRows('special_client_record_access_refused')).to.have.length(0)
    })

    it('refuses staff without the profile on the record and every sub-page (403), and audit logs each attempt', async () => {
      for (const page of subPages()) {
        const response = await paul.get(page)
        expect(response.status, page).to.equal(403)
        expect(textOf(parseHtml(response.text), 'h1'), page).to.equal('Access to this record is restricted')
        expect(response.text, page).not.to.contain('Ewan')
      }
      const refused = await auditRows('special_client_record_access_refused')
      expect(refused).to.have.length(subPages().length)
      for (const [index, row] of refused.entries()) {
        expect(row).to.deep.include({ actor_id: PAUL, subject_id: String(ewan) })
        expect(JSON.parse(row.details!)).to.deep.equal({ page: subPages()[index] })
      }
    })

    it('refuses a change posted to the record by staff without the profile, even with a CSRF token', async () => {
      const tokenPage = await paul.get('/caseworker/find-a-client')
      const token = parseHtml(tokenPage.text)('input[name="_csrf"]').val() as string
      const response = await paul
        .post(`/caseworker/clients/${ewan}/record-a-call`)
        .type('form')
        .send({ _csrf: token, direction: 'inbound', notes: 'Called', referred: 'no' })
      expect(response.status).to.equal(403)
      expect(textOf(parseHtml(response.text), 'h1')).to.equal('Access to this record is restricted')
      expect(await testApp.database.db('activities').where({ client_id: ewan, activity_type: 'call' })).to.have.length(
        0,
      )
    })

    it('still opens the other parent’s record to any caseworker', async () => {
      expect((await paul.get(`/caseworker/clients/${sarah}`)).status).to.equal(200)
    })

    it('lists a special client record in search results by its CRN only to staff without the profile', async () => {
      const response = await paul.get(`/caseworker/find-a-client?by=crn&customerReferenceNumber=${EWAN_CRN}`)
      expect(response.status).to.equal(200)
      const results = textOf(parseHtml(response.text), 'table')
      expect(results).to.contain('Special client record').and.contain('1210 0400 0034')
      for (const detail of ['Ewan', 'Jones', 'KL 24 68 10 A', '05/05/1975', '5 May 1975'])
        expect(results, detail).not.to.contain(detail)
    })

    it('lists a special client record in full in search results to staff with the profile', async () => {
      const response = await rhian.get(`/caseworker/find-a-client?by=crn&customerReferenceNumber=${EWAN_CRN}`)
      expect(textOf(parseHtml(response.text), 'table'))
        .to.contain('Ewan Jones')
        .and.contain('1210 0400 0034')
    })
  })
})
