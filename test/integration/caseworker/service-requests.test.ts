import { expect } from 'chai'
import { AuditLog, type AuditEntry } from '../../../models/audit.model.ts'
import type { Database } from '../../../models/db.ts'
import { createServiceRequestAppliers } from '../../../services/caseworker/service-request-appliers.ts'
import { createCaseworkerIntranet } from '../../../services/caseworker/index.ts'
import { insertClient } from '../../fixtures/clients.ts'
import { newHomeAddress, raiseRequest, storeDocument } from '../../fixtures/caseworker-work.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../../support/html.ts'
import { signedInCaseworker } from '../../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

describe('caseworker service requests', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  const db = () => testApp.database.db
  const newClient = (fixture: Parameters<typeof insertClient>[2] = {}) =>
    insertClient(db(), testApp.deps.pinSecret, { email: 'client@example.com', ...fixture })
  const requestRow = (id: number) => db()('service_requests').where({ id }).first()
  const clientRow = async (id: number) => (await db()('clients').where({ id }).first())!

  /** The client's newest activity is the caseworker's decision on the request, done. */
  async function expectDecisionActivity(clientId: number, requestId: number, subject: string) {
    const [newest] = await testApp.deps.activities.listForClient(clientId)
    expect(newest).to.deep.include({
      activityType: 'service_request',
      subject,
      serviceRequestId: requestId,
      status: 'done',
      createdBy: '35220900',
    })
  }

  async function open(url: string, staffId?: string) {
    const { agent } = await signedInCaseworker(testApp.app, staffId)
    const page = await agent.get(url)
    return { agent, page, $: parseHtml(page.text) }
  }

  describe('the list', () => {
    it('lists open requests oldest first, with the client and the source', async () => {
      const client = await newClient({ firstName: 'Olive', lastName: 'Older' })
      const first = await raiseRequest(testApp.deps, client.id, 'change_of_income', { caseId: 1, details: 'New job' })
      testApp.clock.advanceMinutes(5)
      const second = await raiseRequest(testApp.deps, client.id, 'change_of_name', {
        title: null,
        firstName: 'Olivia',
        lastName: 'Older',
      })
      const { $ } = await open('/caseworker/service-requests')
      const references = $('main table tbody tr td:first-child')
        .map((_index, cell) => $(cell).text().trim())
        .get()
      expect(references.indexOf(first.reference)).to.be.lessThan(references.indexOf(second.reference))
      expect(textOf($, 'main table tbody'))
        .to.contain('Olive Older')
        .and.contain('Self Service')
        .and.contain('Change of income')
    })

    it('filters by type and by status', async () => {
      const client = await newClient()
      const name = await raiseRequest(testApp.deps, client.id, 'change_of_name', { firstName: 'A', lastName: 'B' })
      const address = await raiseRequest(testApp.deps, client.id, 'change_of_address', newHomeAddress)
      await testApp.deps.serviceRequests.close(
        address.id,
        { status: 'rejected', staffId: '35220900', rejectionReason: 'x' },
        testApp.clock.now(),
      )
      const byType = textOf((await open('/caseworker/service-requests?type=change_of_name')).$, 'main')
      expect(byType).to.contain(name.reference).and.not.contain(address.reference)
      const rejected = textOf((await open('/caseworker/service-requests?status=rejected')).$, 'main')
      expect(rejected).to.contain(address.reference).and.not.contain(name.reference)
      const openOnes = textOf((await open('/caseworker/service-requests?status=nonsense')).$, 'main')
      expect(openOnes).to.contain(name.reference).and.not.contain(address.reference)
    })
  })

  describe('one request', () => {
    it('shows the requested values beside the current ones, the source, and the evidence, audit logged', async () => {
      const client = await newClient({ firstName: 'Nia', lastName: 'Evans' })
      const { id, reference } = await raiseRequest(testApp.deps, client.id, 'change_of_name', {
        title: 'Mrs',
        firstName: 'Nia',
        lastName: 'Price',
      })
      await storeDocument(testApp.deps, client.id, { serviceRequestId: id }, undefined, 'marriage-certificate.pdf')
      const { $, agent } = await open(`/caseworker/service-requests/${id}`, '57261910')
      expect(textOf($, 'h1')).to.equal(`Change of name: ${reference}`)
      expect(textOf($, 'main')).to.contain('Source Self Service')
      expect(textOf($, 'main table tbody')).to.contain('Name Nia Evans Mrs Nia Price')
      const link = $('a:contains("View document")').attr('href')!
      expect(textOf($, 'main')).to.contain('marriage-certificate.pdf')
      const download = await agent.get(link).buffer(true)
      expect(download.status).to.equal(200)
      expect(download.headers['content-type']).to.equal('application/pdf')
      expect(download.headers['content-disposition']).to.contain('attachment')
      const audit = await db()('audit_log')
        .where({ actor_id: '57261910', subject_id: String(client.id) })
        .select('action')
      expect(audit.map(row => row.action)).to.include.members(['service_request_viewed', 'client_document_viewed'])
    })

    it('answers 404 for a request that does not exist, and for another client’s document', async () => {
      const owner = await newClient()
      const other = await newClient()
      const documentId = await storeDocument(testApp.deps, owner.id, {})
      const { agent } = await signedInCaseworker(testApp.app)
      const missing = await agent.get('/caseworker/service-requests/999999')
      expect(missing.status).to.equal(404)
      expect(textOf(parseHtml(missing.text), 'h1')).to.equal('Page not found')
      expect(parseHtml(missing.text)('form.app-sign-out-form')).to.have.length(1)
      expect((await agent.get('/caseworker/service-requests/abc')).status).to.equal(404)
      const otherClients = await agent.get(`/caseworker/clients/${other.id}/documents/${documentId}`)
      expect(otherClients.status).to.equal(404)
      expect(textOf(parseHtml(otherClients.text), 'h1')).to.equal('Page not found')
      expect((await agent.get(`/caseworker/clients/${owner.id}/documents/${documentId}`)).status).to.equal(200)
    })
  })

  describe('completing', () => {
    async function complete(id: number) {
      const { agent, page } = await open(`/caseworker/service-requests/${id}`)
      const response = await agent
        .post(`/caseworker/service-requests/${id}/complete`)
        .type('form')
        .send({ _csrf: csrfTokenFrom(page.text) })
      return { agent, response }
    }

    it('applies a change of address, closes the request, audits old and new values, records an activity and emails the client', async () => {
      const client = await newClient({ preferredLanguage: 'cy' })
      await db()('clients').where({ id: client.id }).update({
        address_line_1: '1 Old Road',
        address_town: 'York',
        address_postcode: 'YO1 1AA',
        address_country: 'United Kingdom',
      })
      const { id, reference } = await raiseRequest(testApp.deps, client.id, 'change_of_address', newHomeAddress)
      const { agent, response } = await complete(id)
      expect(response.status).to.equal(302)
      expect(response.headers.location).to.equal(`/caseworker/service-requests/${id}`)
      const after = parseHtml((await agent.get(response.headers.location!)).text)
      expect(textOf(after, '.govuk-notification-banner')).to.contain('The service request is complete')
      const row = await clientRow(client.id)
      expect([row.address_line_1, row.address_town, row.address_postcode]).to.deep.equal([
        '4 Mill Lane',
        'Leeds',
        'LS1 4AB',
      ])
      expect((await requestRow(id))!).to.deep.include({ status: 'completed', closed_by: '35220900' })
      const [audit] = await db()('audit_log').where({
        action: 'service_request_completed',
        subject_id: String(client.id),
      })
      expect(audit!.actor_id).to.equal('35220900')
      const details = JSON.parse(audit!.details!) as {
        oldValues: { address: { line1: string } }
        newValues: { address: { line1: string } }
      }
      expect([details.oldValues.address.line1, details.newValues.address.line1]).to.deep.equal([
        '1 Old Road',
        '4 Mill Lane',
      ])
      await expectDecisionActivity(client.id, id, `Service request ${reference} completed: Change of address`)
      const email = await db()('outbound_messages').where({ client_id: client.id }).first()
      expect(email!.subject).to.equal('Rydym wedi gwneud y newid y gofynnoch amdano')
      expect(email!.body).to.contain(reference).and.contain('newid cyfeiriad')
    })

    it('applies a change of name', async () => {
      const client = await newClient({ firstName: 'Jo', lastName: 'Bloggs' })
      const { id } = await raiseRequest(testApp.deps, client.id, 'change_of_name', {
        title: 'Ms',
        firstName: 'Joanne',
        lastName: 'Smith',
      })
      await complete(id)
      const row = await clientRow(client.id)
      expect([row.title, row.first_name, row.last_name]).to.deep.equal(['Ms', 'Joanne', 'Smith'])
    })

    it('closes a change the caseworker makes on the main system without changing the record', async () => {
      const client = await newClient()
      const { id } = await raiseRequest(testApp.deps, client.id, 'change_of_overnight_care', {
        caseId: 1,
        details: 'Two nights a week now',
      })
      const before = await clientRow(client.id)
      const { page } = await open(`/caseworker/service-requests/${id}`)
      expect(textOf(parseHtml(page.text), 'main table')).to.contain('Two nights a week now')
      await complete(id)
      expect((await requestRow(id))!.status).to.equal('completed')
      expect(await clientRow(client.id)).to.deep.equal(before)
    })

    it('refuses a request type it has no applier for, leaving it open', async () => {
      const client = await newClient()
      const { id } = await raiseRequest(testApp.deps, client.id, 'change_of_pet', { details: 'A new dog' })
      const { response } = await complete(id)
      expect(response.status).to.equal(400)
      expect(textOf(parseHtml(response.text), '.govuk-warning-text')).to.contain(
        'cannot be completed on the intranet yet',
      )
      expect((await requestRow(id))!.status).to.equal('open')
    })

    it('refuses a Direct Debit request whose bank account is no longer waiting, leaving it open', async () => {
      const client = await newClient()
      const { id } = await raiseRequest(testApp.deps, client.id, 'new_direct_debit', { bankAccountId: 999_999 })
      const { response } = await complete(id)
      expect(response.status).to.equal(400)
      expect(textOf(parseHtml(response.text), '.govuk-warning-text')).to.contain(
        'The bank account is no longer waiting to be set up',
      )
      expect((await requestRow(id))!.status).to.equal('open')
    })

    it('refuses a requested change without the shape its type defines, leaving the record unchanged', async () => {
      const client = await newClient()
      const before = await clientRow(client.id)
      const { id } = await raiseRequest(testApp.deps, client.id, 'change_of_name', { firstName: 'Only' })
      const { response } = await complete(id)
      expect(response.status).to.equal(400)
      expect(textOf(parseHtml(response.text), '.govuk-warning-text')).to.contain('The request has no last name')
      expect((await requestRow(id))!.status).to.equal('open')
      expect(await clientRow(client.id)).to.deep.equal(before)
    })

    it('says when the request was already closed', async () => {
      const client = await newClient()
      const { id } = await raiseRequest(testApp.deps, client.id, 'other_change', { caseId: 1, details: 'x' })
      await complete(id)
      const { agent, response } = await complete(id)
      const page = parseHtml((await agent.get(response.headers.location!)).text)
      expect(textOf(page, '.govuk-notification-banner')).to.contain('already closed')
      expect(
        await db()('audit_log').where({ action: 'service_request_completed', subject_id: String(client.id) }),
      ).to.have.length(1)
    })
  })

  describe('completing is one transaction', () => {
    it('leaves the record unchanged and the request open when the applier fails half-way', async () => {
      const appliers = createServiceRequestAppliers(testApp.deps.clients, testApp.deps.bankAccounts)
      const failing = {
        ...appliers,
        change_of_name: {
          compare: (...args: Parameters<(typeof appliers)['change_of_name']['compare']>) =>
            appliers.change_of_name!.compare(...args),
          async apply(context: Parameters<(typeof appliers)['change_of_name']['apply']>[0]) {
            await appliers.change_of_name!.apply(context)
            throw new Error('The main system did not answer')
          },
        },
      }
      const intranet = createCaseworkerIntranet(testApp.deps, failing)
      const client = await newClient({ firstName: 'Kept', lastName: 'Name' })
      const { id } = await raiseRequest(testApp.deps, client.id, 'change_of_name', {
        title: null,
        firstName: 'Changed',
        lastName: 'Name',
      })
      const request = (await testApp.deps.serviceRequests.findById(id))!
      let failed = false
      await intranet.serviceRequestDecisions.complete(request, '35220900').catch(() => (failed = true))
      expect(failed).to.equal(true)
      expect((await clientRow(client.id)).first_name).to.equal('Kept')
      expect((await requestRow(id))!.status).to.equal('open')
      expect(await testApp.deps.activities.listForClient(client.id)).to.deep.equal([])
    })

    it('leaves the record unchanged and the request open when the audit log cannot be written', async () => {
      class BrokenAuditLog extends AuditLog {
        override async record(entry: AuditEntry, transaction?: Database): Promise<void> {
          if (entry.action === 'service_request_completed') throw new Error('The audit log is full')
          await super.record(entry, transaction)
        }
      }
      const auditLog = new BrokenAuditLog(testApp.database.db, testApp.clock)
      const intranet = createCaseworkerIntranet({ ...testApp.deps, auditLog })
      const client = await newClient()
      const { id } = await raiseRequest(testApp.deps, client.id, 'change_of_address', newHomeAddress)
      const request = (await testApp.deps.serviceRequests.findById(id))!
      let failed = false
      await intranet.serviceRequestDecisions.complete(request, '35220900').catch(() => (failed = true))
      expect(failed).to.equal(true)
      expect((await clientRow(client.id)).address_line_1).to.equal(null)
      expect((await requestRow(id))!.status).to.equal('open')
    })
  })

  describe('rejecting', () => {
    async function reject(id: number, reason: string) {
      const { agent, page } = await open(`/caseworker/service-requests/${id}`)
      const response = await agent
        .post(`/caseworker/service-requests/${id}/reject`)
        .type('form')
        .send({ _csrf: csrfTokenFrom(page.text), reason })
      return { agent, response }
    }

    it('closes the request with the reason, audit logged, and emails the client the reason', async () => {
      const client = await newClient()
      const before = await clientRow(client.id)
      const { id, reference } = await raiseRequest(testApp.deps, client.id, 'change_of_name', {
        firstName: 'X',
        lastName: 'Y',
      })
      const { response } = await reject(id, 'The certificate you sent is not readable.')
      expect(response.status).to.equal(302)
      expect((await requestRow(id))!).to.deep.include({
        status: 'rejected',
        rejection_reason: 'The certificate you sent is not readable.',
      })
      expect(await clientRow(client.id)).to.deep.equal(before)
      const audit = await db()('audit_log').where({
        action: 'service_request_rejected',
        actor_id: '35220900',
        subject_id: String(client.id),
      })
      expect(audit).to.have.length(1)
      expect(JSON.parse(audit[0]!.details!)).to.deep.equal({
        serviceRequestId: id,
        reference,
        requestType: 'change_of_name',
        reason: 'The certificate you sent is not readable.',
      })
      await expectDecisionActivity(client.id, id, `Service request ${reference} rejected: Change of name`)
      const email = await db()('outbound_messages').where({ client_id: client.id }).first()
      expect(email!.subject).to.equal('We could not make the change you asked for')
      expect(email!.body).to.contain('The certificate you sent is not readable.').and.contain(reference)
    })

    for (const [reason, message] of [
      ['', 'Enter the reason for rejecting the request'],
      ['x'.repeat(501), 'Reason must be 500 characters or fewer'],
    ] as const) {
      it(`says "${message}", keeping what was typed`, async () => {
        const client = await newClient()
        const { id } = await raiseRequest(testApp.deps, client.id, 'change_of_name', { firstName: 'X', lastName: 'Y' })
        const { response } = await reject(id, reason)
        expect(response.status).to.equal(400)
        const $ = parseHtml(response.text)
        expect($('.govuk-error-summary a[href="#reason"]').text()).to.equal(message)
        expect($('#reason').text()).to.equal(reason)
        expect($('head title').text()).to.match(/^Error: /)
        expect((await requestRow(id))!.status).to.equal('open')
      })
    }
  })
})
