import { expect } from 'chai'
import request from 'supertest'
import type { Agent } from '../../support/client-journeys.ts'
import { demoCaseId, signInDemoClient } from '../../support/demo-clients.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { pdfLines } from '../../support/pdf-text.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { formatFileSize } from '../../../services/format/file-size.ts'

const CURRENT = '/client/my-payments/statement'
const LIST = '/client/my-payments/statements'
const MONEY = /(?:£[\d,]+\.\d\d(?: in credit)?)/g

function dates(from: [string, string, string], to: [string, string, string]): string {
  const [fromDay, fromMonth, fromYear] = from
  const [toDay, toMonth, toYear] = to
  return `?from-day=${fromDay}&from-month=${fromMonth}&from-year=${fromYear}&to-day=${toDay}&to-month=${toMonth}&to-year=${toYear}`
}

async function download(agent: Agent, path: string) {
  const response = await agent.get(path).buffer(true)
  return { response, pdf: response.body as Buffer }
}

describe('statements: the current statement, copies between dates and PDF downloads', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  it('shows the current statement with a running balance that ends on what is owed', async () => {
    const { agent } = await signInDemoClient(testApp, 'george')
    const $ = parseHtml((await agent.get(CURRENT)).text)
    expect(textOf($, '[data-test="statement-period"]')).to.equal('1 September 2026 to 23 November 2026')
    const balances = $('[data-test="statement-lines"] tbody tr')
      .map((_index, row) => $(row).find('td').last().text().trim())
      .get()
    expect(balances).to.deep.equal(['£509.18', '£763.77', '£1,018.36', '£763.77', ''])
    expect(textOf($, '[data-test="closing-balance"]')).to.equal('Balance at the end of the period: £763.77')
    expect($('[data-test="statement-cases"] a')).to.have.length(1)
  })

  it('shows a receiving parent what was due to them and paid to them', async () => {
    const { agent } = await signInDemoClient(testApp, 'sarah')
    const $ = parseHtml((await agent.get(CURRENT)).text)
    expect(textOf($, '[data-test="statement-lines"]'))
      .to.contain('Child maintenance due to you, after the collection fee')
      .and.contain('Payment to you')
    expect(textOf($, '[data-test="statement-lines"]')).not.to.contain('Deduction')
  })

  it('shows a client who is both only the statement of their Collect & Pay case', async () => {
    const directPay = await demoCaseId(testApp, '1200000305')
    const { agent } = await signInDemoClient(testApp, 'dev')
    const $ = parseHtml((await agent.get(CURRENT)).text)
    expect($('.govuk-caption-l').text()).to.contain('1200000313')
    expect((await agent.get(`${CURRENT}?case=${directPay}`)).status).to.equal(404)
  })

  it('lists the last 12 months of statement copies by default, newest first', async () => {
    const { agent } = await signInDemoClient(testApp, 'george')
    const $ = parseHtml((await agent.get(LIST)).text)
    const rows = $('[data-test="statement-copies"] tbody tr')
    // Two cases, twelve ended months each (November 2025 to October 2026).
    expect(rows).to.have.length(24)
    expect(textOf($, '[data-test="statement-copies"] tbody tr:first-child')).to.contain(
      '1 October 2026 to 31 October 2026',
    )
    expect($('#from-day').val()).to.equal('23')
    expect($('#from-year').val()).to.equal('2025')
  })

  it('lists only the copies between the dates asked for', async () => {
    const { agent } = await signInDemoClient(testApp, 'george')
    const $ = parseHtml((await agent.get(`${LIST}${dates(['1', '8', '2026'], ['31', '10', '2026'])}`)).text)
    expect($('[data-test="statement-copies"] tbody tr')).to.have.length(6)
    expect($('#to-month').val()).to.equal('10')
  })

  it('says when no statements match the dates', async () => {
    const { agent } = await signInDemoClient(testApp, 'george')
    const response = await agent.get(`${LIST}${dates(['1', '1', '2022'], ['31', '5', '2022'])}`)
    expect(response.status).to.equal(200)
    expect(textOf(parseHtml(response.text), '[data-test="no-statements"]')).to.equal('No statements match those dates.')
  })

  const invalid: Array<[string, string, string, string]> = [
    [
      'reversed dates',
      dates(['1', '10', '2026'], ['1', '9', '2026']),
      'from-day',
      'The ‘from’ date must be before the ‘to’ date',
    ],
    [
      'a range over 12 months',
      dates(['1', '1', '2025'], ['2', '1', '2026']),
      'to-day',
      'The dates must be no more than 12 months apart',
    ],
    [
      'a from date over five years back',
      dates(['1', '1', '2021'], ['1', '6', '2021']),
      'from-day',
      'The ‘from’ date must be within the last 5 years',
    ],
    [
      'a to date in the future',
      dates(['1', '11', '2026'], ['1', '12', '2026']),
      'to-day',
      'The ‘to’ date must be today or in the past',
    ],
    ['no from date', dates(['', '', ''], ['1', '9', '2026']), 'from-day', 'Enter the ‘from’ date'],
    [
      'a date that does not exist',
      dates(['31', '2', '2026'], ['1', '9', '2026']),
      'from-day',
      'The ‘from’ date must be a real date',
    ],
    [
      'a date without a year',
      dates(['1', '2', ''], ['1', '9', '2026']),
      'from-year',
      'The ‘from’ date must include a year',
    ],
  ]
  for (const [what, query, href, message] of invalid) {
    it(`explains ${what}, keeping the dates typed`, async () => {
      const { agent } = await signInDemoClient(testApp, 'george')
      const response = await agent.get(`${LIST}${query}`)
      expect(response.status).to.equal(400)
      const $ = parseHtml(response.text)
      expect($('title').text()).to.match(/^Error: /)
      expect($(`.govuk-error-summary a[href="#${href}"]`).text().trim()).to.equal(message)
      expect($('[data-test="statement-copies"]')).to.have.length(0)
      expect($('#to-day').val()).to.equal(new URLSearchParams(query).get('to-day'))
    })
  }

  it('downloads a copy as a PDF whose figures equal the page, with its type and size on the link', async () => {
    const kate = await demoCaseId(testApp, '1200000101')
    const { agent } = await signInDemoClient(testApp, 'george')
    const page = parseHtml((await agent.get(`${LIST}/${kate}/2026-10`)).text)
    const link = page('[data-test="statement-pdf"]')
    const { response, pdf } = await download(agent, link.attr('href')!)
    expect(response.headers['content-type']).to.equal('application/pdf')
    expect(response.headers['content-disposition']).to.equal('attachment; filename="statement-1200000101-2026-10.pdf"')
    expect(link.text().replace(/\s+/g, ' ')).to.contain(`(PDF, ${formatFileSize(pdf.length)})`)

    const pageFigures = textOf(page, '[data-test="statement-lines"] tbody').match(MONEY)
    const lines = (await pdfLines(pdf)).flat()
    const start = lines.findIndex(line => line.includes('Balance brought forward'))
    const end = lines.findIndex(line => line.startsWith('Totals'))
    const pdfFigures = lines
      .slice(start, end + 1)
      .join(' ')
      .match(MONEY)
    expect(pdfFigures).to.deep.equal(pageFigures)
    expect(lines.join(' ')).to.contain('Balance at the end of the period £763.77').and.contain('Name: George Mills')
  })

  it('answers 404 for another client’s case, a month without a statement, or an address that is not one', async () => {
    const ewans = await demoCaseId(testApp, '1200000402')
    const kate = await demoCaseId(testApp, '1200000101')
    const { agent } = await signInDemoClient(testApp, 'george')
    for (const path of [
      `${CURRENT}?case=${ewans}`,
      `${LIST}/${ewans}/2026-10`,
      `${LIST}/${ewans}/2026-10/statement.pdf`,
      `${LIST}/${kate}/2026-11`,
      `${LIST}/${kate}/2022-05`,
      `${LIST}/${kate}/2026-13`,
      `${LIST}/abc/2026-10`,
    ]) {
      const response = await agent.get(path)
      expect(response.status, path).to.equal(404)
      expect(response.headers['content-type'], path).to.contain('text/html')
    }
  })

  it('is in Welsh when asked, PDF included', async () => {
    const kate = await demoCaseId(testApp, '1200000101')
    const { agent } = await signInDemoClient(testApp, 'george')
    const page = parseHtml((await agent.get(`${LIST}/${kate}/2026-10?lang=cy`)).text)
    expect(textOf(page, 'h1')).to.equal('Copi o gyfriflen')
    const { pdf } = await download(agent, page('[data-test="statement-pdf"]').attr('href')!)
    expect((await pdfLines(pdf)).flat().join(' ')).to.contain('Cynhaliaeth plant sy’n ddyledus')
  })

  it('is only for signed-in clients', async () => {
    for (const path of [CURRENT, LIST, `${LIST}/1/2026-10`, `${LIST}/1/2026-10/statement.pdf`]) {
      expect((await request(testApp.app).get(path)).headers.location, path).to.equal('/client/sign-in')
    }
  })
})
