import { expect } from 'chai'
import { insertClient } from '../../fixtures/clients.ts'
import { recordActivity, storeDocument } from '../../fixtures/caseworker-work.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../../support/html.ts'
import { pdfLines } from '../../support/pdf-text.ts'
import { signedInCaseworker } from '../../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

describe('caseworker activities', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  const newClient = () => insertClient(testApp.database.db, testApp.deps.pinSecret)
  const rowsOf = ($: ReturnType<typeof parseHtml>) =>
    $('main table tbody tr')
      .map((_index, row) => $(row).text().replace(/\s+/g, ' ').trim())
      .get()

  async function open(url: string) {
    const { agent } = await signedInCaseworker(testApp.app)
    const page = await agent.get(url)
    return { agent, page, $: parseHtml(page.text) }
  }

  describe('the list', () => {
    it('lists newest first with status, In Error, due dates and overdue messages tagged, audit logged', async () => {
      const client = await newClient()
      await recordActivity(testApp.deps, client.id, {
        subject: 'Missing payments',
        at: '2026-11-18T09:00:00Z',
        dueOn: '2026-11-20',
      })
      await recordActivity(testApp.deps, client.id, {
        activityType: 'upload_error',
        subject: 'Self Service upload error',
        at: '2026-11-21T09:00:00Z',
        dueOn: null,
        status: 'in_progress',
        errorStatus: 'in_error',
        errorDescription: 'The file has a virus: payslip.pdf',
      })
      await recordActivity(testApp.deps, client.id, {
        subject: 'General query',
        at: '2026-11-23T09:00:00Z',
        dueOn: '2026-11-25',
      })
      const { $ } = await open(`/caseworker/clients/${client.id}/activities`)
      const rows = rowsOf($)
      expect(rows).to.have.length(3)
      expect(rows[0])
        .to.contain('General query')
        .and.contain('25/11/2026')
        .and.contain('Open')
        .and.not.contain('Overdue')
      expect(rows[1])
        .to.contain('Upload error')
        .and.contain('In Progress')
        .and.contain('In Error')
        .and.contain('The file has a virus: payslip.pdf')
      expect(rows[2]).to.contain('Missing payments').and.contain('20/11/2026').and.contain('Overdue')
      const audit = await testApp.database
        .db('audit_log')
        .where({ action: 'client_activities_viewed', subject_id: String(client.id), actor_id: '35220900' })
      expect(audit).to.have.length(1)
    })

    it('filters by type, direction, UK dates and open only', async () => {
      const client = await newClient()
      // 23:30 UTC on 30 June is 00:30 on 1 July in the UK (British Summer Time).
      await recordActivity(testApp.deps, client.id, { subject: 'Summer message', at: '2026-06-30T23:30:00Z' })
      await recordActivity(testApp.deps, client.id, {
        activityType: 'phone_call',
        direction: 'outbound',
        subject: 'Called the client',
        status: 'done',
        dueOn: null,
        at: '2026-07-02T10:00:00Z',
      })
      const base = `/caseworker/clients/${client.id}/activities`
      const subjects = async (query: string) => rowsOf((await open(`${base}?${query}`)).$).join(' | ')
      expect(await subjects('type=phone_call'))
        .to.contain('Called the client')
        .and.not.contain('Summer message')
      expect(await subjects('direction=inbound'))
        .to.contain('Summer message')
        .and.not.contain('Called the client')
      expect(await subjects('openOnly=yes'))
        .to.contain('Summer message')
        .and.not.contain('Called the client')
      const july = 'from-day=1&from-month=7&from-year=2026&to-day=1&to-month=7&to-year=2026'
      expect(await subjects(july))
        .to.contain('Summer message')
        .and.not.contain('Called the client')
      const june = 'from-day=30&from-month=6&from-year=2026&to-day=30&to-month=6&to-year=2026'
      expect(await subjects(june)).to.equal('')
    })

    for (const [query, href, message] of [
      ['from-day=31&from-month=2&from-year=2026', 'from-day', 'From date must be a real date'],
      ['from-day=1&from-month=&from-year=2026', 'from-month', 'From date must include a month'],
      ['to-day=1&to-month=2&to-year=26', 'to-year', 'Year must include 4 numbers'],
      [
        'from-day=2&from-month=2&from-year=2026&to-day=1&to-month=2&to-year=2026',
        'to-day',
        'To date must be the same as or after the from date',
      ],
    ] as const) {
      it(`says "${message}", keeping the dates typed`, async () => {
        const client = await newClient()
        const { page, $ } = await open(`/caseworker/clients/${client.id}/activities?${query}`)
        expect(page.status).to.equal(400)
        expect($(`.govuk-error-summary a[href="#${href}"]`).text()).to.equal(message)
        expect($('head title').text()).to.match(/^Error: /)
        for (const [name, value] of new URLSearchParams(query)) if (value) expect($(`#${name}`).val()).to.equal(value)
      })
    }
  })

  describe('one activity', () => {
    it('shows the message, its documents and notes; never another client’s', async () => {
      const client = await newClient()
      const other = await newClient()
      const id = await recordActivity(testApp.deps, client.id, { subject: 'Missing payments', dueOn: '2026-11-25' })
      await storeDocument(testApp.deps, client.id, { messageId: id }, undefined, 'bank-statement.pdf')
      await testApp.deps.activities.addNote(id, 'Checked the ledger', '57261910', testApp.clock.now())
      const { $, agent } = await open(`/caseworker/clients/${client.id}/activities/${id}`)
      expect(textOf($, 'h1')).to.equal('Self Service message: Missing payments')
      expect(textOf($, 'main'))
        .to.contain('Contact reason Missing payments')
        .and.contain('Response due 25/11/2026')
        .and.contain('bank-statement.pdf')
        .and.contain('Checked the ledger')
      expect($('a:contains("View document")')).to.have.length(2)
      expect((await agent.get(`/caseworker/clients/${other.id}/activities/${id}`)).status).to.equal(404)
      expect((await agent.get(`/caseworker/clients/${client.id}/activities/99999`)).status).to.equal(404)
      const audit = await testApp.database
        .db('audit_log')
        .where({ action: 'client_activity_viewed', subject_id: String(client.id) })
      expect(audit).to.have.length(1)
    })

    it('renders a self-service message as a PDF for "View document"', async () => {
      const client = await newClient()
      const id = await recordActivity(testApp.deps, client.id, {
        subject: 'Missing payments',
        body: 'My payment for October has not arrived.',
      })
      await storeDocument(testApp.deps, client.id, { messageId: id }, undefined, 'bank-statement.pdf')
      const { agent } = await open(`/caseworker/clients/${client.id}/activities/${id}`)
      const response = await agent.get(`/caseworker/clients/${client.id}/activities/${id}/message.pdf`).buffer(true)
      expect(response.status).to.equal(200)
      expect(response.headers['content-type']).to.equal('application/pdf')
      const text = (await pdfLines(response.body as Buffer)).flat().join('\n')
      expect(text)
        .to.contain('Contact reason: Missing payments')
        .and.contain('My payment for October has not arrived.')
        .and.contain('bank-statement.pdf')
      const audit = await testApp.database
        .db('audit_log')
        .where({ action: 'client_message_viewed', subject_id: String(client.id) })
      expect(audit).to.have.length(1)
    })

    it('has no message PDF for an activity that is not a message', async () => {
      const client = await newClient()
      const id = await recordActivity(testApp.deps, client.id, { activityType: 'phone_call', subject: 'Call' })
      const { agent } = await open(`/caseworker/clients/${client.id}/activities/${id}`)
      expect((await agent.get(`/caseworker/clients/${client.id}/activities/${id}/message.pdf`)).status).to.equal(404)
    })
  })

  describe('notes and marking done', () => {
    it('adds a note, audit logged with the staff ID', async () => {
      const client = await newClient()
      const id = await recordActivity(testApp.deps, client.id)
      const { agent, page } = await open(`/caseworker/clients/${client.id}/activities/${id}`)
      const response = await agent
        .post(`/caseworker/clients/${client.id}/activities/${id}/notes`)
        .type('form')
        .send({ _csrf: csrfTokenFrom(page.text), note: 'Phoned the client back' })
      expect(response.headers.location).to.equal(`/caseworker/clients/${client.id}/activities/${id}`)
      const after = parseHtml((await agent.get(response.headers.location!)).text)
      expect(textOf(after, 'main')).to.contain('Phoned the client back').and.contain('35220900')
      const audit = await testApp.database
        .db('audit_log')
        .where({ action: 'activity_note_added', actor_id: '35220900', subject_id: String(client.id) })
      expect(audit).to.have.length(1)
    })

    for (const [note, message] of [
      ['', 'Enter a note'],
      ['x'.repeat(1001), 'Note must be 1000 characters or fewer'],
    ] as const) {
      it(`says "${message}", keeping what was typed`, async () => {
        const client = await newClient()
        const id = await recordActivity(testApp.deps, client.id)
        const { agent, page } = await open(`/caseworker/clients/${client.id}/activities/${id}`)
        const response = await agent
          .post(`/caseworker/clients/${client.id}/activities/${id}/notes`)
          .type('form')
          .send({ _csrf: csrfTokenFrom(page.text), note })
        expect(response.status).to.equal(400)
        const $ = parseHtml(response.text)
        expect($('.govuk-error-summary a[href="#note"]').text()).to.equal(message)
        expect($('#note').text()).to.equal(note)
        expect(await testApp.deps.activities.notesFor(id)).to.deep.equal([])
      })
    }

    it('marks an activity done once, audit logged', async () => {
      const client = await newClient()
      const id = await recordActivity(testApp.deps, client.id)
      const { agent, page } = await open(`/caseworker/clients/${client.id}/activities/${id}`)
      const done = () =>
        agent
          .post(`/caseworker/clients/${client.id}/activities/${id}/done`)
          .type('form')
          .send({ _csrf: csrfTokenFrom(page.text) })
      await done()
      expect(await testApp.deps.activities.findById(id)).to.deep.include({ status: 'done', completedBy: '35220900' })
      const again = await done()
      const after = parseHtml((await agent.get(again.headers.location!)).text)
      expect(textOf(after, '.govuk-notification-banner')).to.contain('already done')
      expect(after('button:contains("Mark as done")')).to.have.length(0)
      const audit = await testApp.database
        .db('audit_log')
        .where({ action: 'activity_marked_done', actor_id: '35220900', subject_id: String(client.id) })
      expect(audit).to.have.length(1)
    })

    it('answers 404 for another client’s activity, changing nothing', async () => {
      const client = await newClient()
      const other = await newClient()
      const id = await recordActivity(testApp.deps, client.id)
      const { agent, page } = await open(`/caseworker/clients/${other.id}/activities`)
      const token = csrfTokenFrom(page.text)
      const base = `/caseworker/clients/${other.id}/activities/${id}`
      expect((await agent.post(`${base}/notes`).type('form').send({ _csrf: token, note: 'x' })).status).to.equal(404)
      expect((await agent.post(`${base}/done`).type('form').send({ _csrf: token })).status).to.equal(404)
      expect((await testApp.deps.activities.findById(id))!.status).to.equal('open')
      expect(await testApp.deps.activities.notesFor(id)).to.deep.equal([])
    })
  })
})
