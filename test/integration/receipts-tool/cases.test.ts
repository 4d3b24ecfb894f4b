import { expect } from 'chai'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { caseForm } from './case-fixtures.ts'
import { PAUL, signInAs, submit, type Agent } from './sign-in-helpers.ts'

const NEW_CASE = '/receipts-tool/cases/new'

function errorsOn(html: string): string[] {
  const $ = parseHtml(html)
  return $('.govuk-error-summary a')
    .map((_i, link) => $(link).text().trim())
    .get()
}

describe('receipts tool: exceptional cases', () => {
  let testApp: TestApp
  let caseWorker: Agent
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    caseWorker = await signInAs(testApp.app, PAUL, 'case_worker')
  })
  after(() => testApp.close())

  it('creates a type one case with its missing identifiers, parents, child and maintenance', async () => {
    const response = await submit(caseWorker, NEW_CASE, NEW_CASE, caseForm())
    expect(response.status).to.equal(302)
    const page = await caseWorker.get(response.headers.location!)
    const $ = parseHtml(page.text)
    expect(textOf($, 'h1')).to.equal('Case EC000004')
    expect(textOf($, '.govuk-notification-banner')).to.contain('Case EC000004 has been created')
    const summary = textOf($, '.govuk-summary-list')
    for (const text of [
      'Type one',
      'Paying parent has no National Insurance number',
      'Alex Turner',
      'Flat 3',
      'Robin Turner, born 05/06/2017',
      '£42.50, weekly',
    ]) {
      expect(summary).to.contain(text)
    }
    expect(textOf($, '#balance-held')).to.equal('£0.00')
    const [audit] = await testApp.deps.auditLog.byAction('exceptional_case_created')
    expect(audit!.actorId).to.equal(PAUL)
  })

  it('creates a type two case with the CMS 2012 case number and incident reference', async () => {
    const form = caseForm({
      caseType: 'two',
      missingIdentifiers: [],
      cmsCaseNumber: '1200 4567 8999',
      incidentReference: 'INC0009',
    })
    const response = await submit(caseWorker, NEW_CASE, NEW_CASE, form)
    const $ = parseHtml((await caseWorker.get(response.headers.location!)).text)
    expect(textOf($, '.govuk-summary-list')).to.contain('Type two').and.contain('120045678999, incident INC0009')
  })

  it('says what is wrong with each field, and keeps what was typed', async () => {
    const response = await submit(
      caseWorker,
      NEW_CASE,
      NEW_CASE,
      caseForm({
        caseType: 'one',
        missingIdentifiers: [],
        payingParentName: '',
        receivingParentPostcode: 'NOT A CODE',
        'childDateOfBirth-day': '31',
        'childDateOfBirth-month': '2',
        maintenanceAmount: '0',
        maintenanceFrequency: '',
      }),
    )
    expect(response.status).to.equal(400)
    expect(errorsOn(response.text)).to.deep.equal([
      'Select who has no National Insurance number or child reference number',
      'Enter the paying parent’s full name',
      'Enter a real postcode',
      'Child’s date of birth must be a real date',
      'Maintenance amount must be more than £0',
      'Select how often maintenance is due',
    ])
    const $ = parseHtml(response.text)
    expect($('#receivingParentPostcode').val()).to.equal('NOT A CODE')
    expect($('#childName').val()).to.equal('Robin Turner')
    expect($('.govuk-error-summary a').eq(3).attr('href')).to.equal('#childDateOfBirth-day')
  })

  it('asks for the type, and for the CMS details of a type two case', async () => {
    expect(errorsOn((await submit(caseWorker, NEW_CASE, NEW_CASE, caseForm({ caseType: '' }))).text)).to.deep.equal([
      'Select the type of case',
    ])
    const typeTwo = await submit(caseWorker, NEW_CASE, NEW_CASE, caseForm({ caseType: 'two', cmsCaseNumber: 'ABC' }))
    expect(errorsOn(typeTwo.text)).to.deep.equal([
      'CMS 2012 case number must be up to 12 numbers',
      'Enter the incident reference',
    ])
  })

  it('finds cases by reference, CMS case number or a parent’s name', async () => {
    for (const [query, expected] of [
      ['EC000002', ['EC000002']],
      ['120045678901', ['EC000002']],
      ['nowak', ['EC000001']],
      ['Turner', ['EC000005', 'EC000004']],
      ['100%', []],
    ] as const) {
      const $ = parseHtml((await caseWorker.get(`/receipts-tool/cases?q=${encodeURIComponent(query)}`)).text)
      expect(
        $('main tbody tr td:first-child')
          .map((_i, cell) => $(cell).text().trim())
          .get(),
        query,
      ).to.deep.equal(expected)
    }
  })

  it('adds another qualifying child', async () => {
    const path = '/receipts-tool/cases/4/children/new'
    const invalid = await submit(caseWorker, path, path, { childName: '', 'childDateOfBirth-day': '' })
    expect(errorsOn(invalid.text)).to.deep.equal(['Enter the child’s full name', 'Enter the child’s date of birth'])
    const future = await submit(caseWorker, path, path, {
      childName: 'Jo Turner',
      'childDateOfBirth-day': '1',
      'childDateOfBirth-month': '1',
      'childDateOfBirth-year': '2027',
    })
    expect(errorsOn(future.text)).to.deep.equal(['Child’s date of birth must be today or in the past'])
    await submit(caseWorker, path, path, {
      childName: 'Jo Turner',
      'childDateOfBirth-day': '1',
      'childDateOfBirth-month': '1',
      'childDateOfBirth-year': '2020',
    })
    const $ = parseHtml((await caseWorker.get('/receipts-tool/cases/4')).text)
    expect(textOf($, '.govuk-summary-list')).to.contain('Robin Turner').and.contain('Jo Turner, born 01/01/2020')
  })

  it('is a 404 for a case that does not exist', async () => {
    for (const path of [
      '/receipts-tool/cases/999',
      '/receipts-tool/cases/abc',
      '/receipts-tool/cases/999/receipts/new',
    ]) {
      expect((await caseWorker.get(path)).status, path).to.equal(404)
    }
  })
})
