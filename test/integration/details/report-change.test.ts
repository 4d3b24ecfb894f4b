import { expect } from 'chai'
import request from 'supertest'
import { docx, png } from '../../fixtures/files.ts'
import { returnedId } from '../../../models/db.ts'
import type { Agent } from '../../support/client-journeys.ts'
import { submitForm } from '../../support/client-journeys.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../../support/html.ts'
import { insertClientRecord } from '../../fixtures/clients.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { signedInClient, storedClient } from './details-helpers.ts'

const changes = '/client/my-details/changes'
const report = (type: string) => `${changes}/report/${type}`
const check = `${changes}/check`

interface Upload {
  name: string
  content: Buffer
}

/** Posts the multipart report form as a browser does: token from the page, fields, then any files. */
async function postReport(agent: Agent, type: string, fields: Record<string, string>, files: Upload[] = []) {
  const page = await agent.get(report(type))
  let post = agent.post(report(type)).field('_csrf', csrfTokenFrom(page.text))
  for (const [name, value] of Object.entries(fields)) post = post.field(name, value)
  for (const file of files) post = post.attach('evidence', file.content, file.name)
  return post
}

function errorSummary(html: string): string[] {
  const $ = parseHtml(html)
  return $('.govuk-error-summary__list a')
    .map((_index, link) => $(link).text().trim())
    .get()
}

describe('reporting a change of circumstances', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  /** A case with the signed-in client as paying parent, and one child. */
  async function insertCase(payingParentId: number, caseNumber: string): Promise<number> {
    const db = testApp.database.db
    const other = await insertClientRecord(db, { first_name: 'Robin' })
    const inserted: unknown[] = await db('cases')
      .insert({
        case_number: caseNumber,
        paying_parent_client_id: payingParentId,
        receiving_parent_client_id: other,
        service_type: 'collect_and_pay',
        method_of_payment: 'direct_debit',
        case_start_date: '2024-01-01',
        annual_review_date: '2026-01-01',
        created_at: '2024-01-01T00:00:00.000Z',
        updated_at: '2024-01-01T00:00:00.000Z',
      })
      .returning('id')
    const caseId = returnedId(inserted[0])
    await db('qualifying_children').insert({
      case_id: caseId,
      first_name: 'Ava',
      last_name: 'Morgan',
      date_of_birth: '2015-06-01',
    })
    return caseId
  }

  it('lists the kinds of change, each linking to its form', async () => {
    const { agent } = await signedInClient(testApp)
    const $ = parseHtml((await agent.get(changes)).text)
    expect(textOf($, 'h1')).to.equal('Report a change of circumstances')
    const links = $('[data-test="change-types"] a')
      .map((_index, link) => $(link).attr('href'))
      .get()
    expect(links).to.deep.equal(
      ['change_of_children', 'change_of_income', 'change_of_overnight_care', 'other_change'].map(report),
    )
    expect((await agent.get(report('change_of_favourite_colour'))).status).to.equal(404)
  })

  it('sends a change of income for a case with evidence, as a Self Service request with the document linked', async () => {
    const { agent, client } = await signedInClient(testApp)
    const caseId = await insertCase(client.id, '500000000101')
    const before = await storedClient(testApp, client.id)
    const response = await postReport(
      agent,
      'change_of_income',
      { caseId: String(caseId), details: 'I started a new job on 1 November, paid £400 a week.' },
      [{ name: 'payslip.png', content: png() }],
    )
    expect(response.status, response.text.slice(0, 200)).to.equal(302)
    expect(response.headers.location).to.equal(check)
    const answers = parseHtml((await agent.get(check)).text)
    expect(textOf(answers, '[data-test="check-answers"]'))
      .to.contain('My income has changed')
      .and.contain('Case 500000000101')
      .and.contain('payslip.png')
    const sent = await submitForm(agent, check, {})
    const reference = sent.headers.location!.split('/').pop()!
    const stored = await testApp.deps.serviceRequests.findForClient(client.id, reference)
    expect(stored).to.deep.include({ source: 'self_service', requestType: 'change_of_income', caseId, status: 'open' })
    expect(stored!.requestedChange).to.deep.equal({
      caseId,
      details: 'I started a new job on 1 November, paid £400 a week.',
    })
    const documents = await testApp.database.db('documents').where({ owner_client_id: client.id })
    expect(documents.map(document => [document.original_file_name, document.service_request_id])).to.deep.equal([
      ['payslip.png', stored!.id],
    ])
    expect(await storedClient(testApp, client.id)).to.deep.equal(before)
  })

  it('sends a report that is not about one case, without evidence', async () => {
    const { agent, client } = await signedInClient(testApp)
    await insertCase(client.id, '500000000102')
    await postReport(agent, 'other_change', { caseId: 'none', details: 'I am moving abroad next year.' })
    const sent = await submitForm(agent, check, {})
    const stored = await testApp.deps.serviceRequests.findForClient(client.id, sent.headers.location!.split('/').pop()!)
    expect(stored).to.deep.include({ requestType: 'other_change', caseId: null })
    expect(stored!.requestedChange).to.deep.equal({ caseId: null, details: 'I am moving abroad next year.' })
  })

  it('refuses each problem with the form, keeping what was typed', async () => {
    const { agent, client } = await signedInClient(testApp)
    await insertCase(client.id, '500000000103')
    const empty = await postReport(agent, 'change_of_children', {})
    expect(empty.status).to.equal(400)
    expect(errorSummary(empty.text)).to.deep.equal(['Select the case this change is about', 'Enter what has changed'])
    const long = await postReport(agent, 'change_of_children', { caseId: 'none', details: 'x'.repeat(2001) })
    expect(errorSummary(long.text)).to.deep.equal(['What has changed must be 2,000 characters or less'])
    expect(parseHtml(long.text)('#details').val()).to.have.length(2001)
  })

  it('refuses another client’s case as if no case were chosen', async () => {
    const { agent, client } = await signedInClient(testApp)
    await insertCase(client.id, '500000000104')
    const other = await signedInClient(testApp)
    const othersCase = await insertCase(other.client.id, '500000000105')
    const response = await postReport(agent, 'change_of_children', {
      caseId: String(othersCase),
      details: 'A new baby.',
    })
    expect(response.status).to.equal(400)
    expect(errorSummary(response.text)).to.deep.equal(['Select the case this change is about'])
    expect(await testApp.deps.serviceRequests.listForClient(client.id)).to.deep.equal([])
  })

  it('refuses a Word document, keeping the accepted evidence for when the form is sent', async () => {
    const { agent, client } = await signedInClient(testApp)
    const response = await postReport(agent, 'change_of_overnight_care', { details: 'Three nights a week now.' }, [
      { name: 'diary.png', content: png() },
      { name: 'letter.docx', content: docx() },
    ])
    expect(response.status).to.equal(400)
    expect(errorSummary(response.text).join(' ')).to.contain('letter.docx')
    expect(textOf(parseHtml(response.text), '[data-test="uploaded-evidence"]')).to.equal('diary.png')
    const again = await postReport(agent, 'change_of_overnight_care', { details: 'Three nights a week now.' })
    expect(again.headers.location).to.equal(check)
    const sent = await submitForm(agent, check, {})
    const stored = await testApp.deps.serviceRequests.findForClient(client.id, sent.headers.location!.split('/').pop()!)
    const linked = await testApp.database.db('documents').where({ service_request_id: stored!.id })
    expect(linked.map(document => document.original_file_name)).to.deep.equal(['diary.png'])
  })

  it('refuses the form without its CSRF token, and anyone not signed in', async () => {
    const { agent } = await signedInClient(testApp)
    await agent.get(report('other_change'))
    const forged = await agent
      .post(report('other_change'))
      .field('details', 'Forged')
      .attach('evidence', png(), 'a.png')
    expect(forged.status).to.equal(403)
    const anonymous = await request(testApp.app).post(report('other_change')).field('details', 'x')
    expect(anonymous.headers.location).to.equal('/client/sign-in')
    expect(await testApp.database.db('documents').where({ original_file_name: 'a.png' })).to.deep.equal([])
  })
})
