import { expect } from 'chai'
import { addDays } from '../../../services/rules/calendar.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { PAUL, signInAs, type Agent } from './sign-in-helpers.ts'

const TODAY = '2026-11-23'
const REPORT = '/receipts-tool/reports/receipts-and-payments'

function rangeQuery(from: string, to: string, extra: Record<string, string> = {}): string {
  const [fromYear, fromMonth, fromDay] = from.split('-')
  const [toYear, toMonth, toDay] = to.split('-')
  return new URLSearchParams({
    'from-day': fromDay!,
    'from-month': fromMonth!,
    'from-year': fromYear!,
    'to-day': toDay!,
    'to-month': toMonth!,
    'to-year': toYear!,
    ...extra,
  }).toString()
}

function csvRows(text: string): string[][] {
  return text
    .trim()
    .split('\r\n')
    .map(line => line.split(','))
}

const pounds = (pence: number) => `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`

describe('receipts tool: reports and the case statement', () => {
  let testApp: TestApp
  let caseWorker: Agent
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    caseWorker = await signInAs(testApp.app, PAUL, 'case_worker')
  })
  after(() => testApp.close())

  /** Totals straight from the ledger table, to hold the reports to. */
  async function ledgerTotals(from: string, to: string, caseId?: number) {
    const query = testApp.database.db('exceptional_case_ledger').whereBetween('transaction_date', [from, to])
    if (caseId) void query.andWhere({ case_id: caseId })
    const rows = await query.select('entry_type', 'amount_pence')
    const sum = (type: string) =>
      rows.filter(row => row.entry_type === type).reduce((total, row) => total + Number(row.amount_pence), 0)
    return { received: sum('receipt'), paid: sum('payment'), count: rows.length }
  }

  describe('receipts and payments by date range', () => {
    for (const [from, to, caseReference, caseId] of [
      [addDays(TODAY, -90), TODAY, '', undefined],
      [addDays(TODAY, -45), addDays(TODAY, -25), '', undefined],
      [addDays(TODAY, -90), TODAY, 'ec000002', 2],
    ] as const) {
      it(`totals equal the ledger from ${from} to ${to}${caseReference ? ` for ${caseReference}` : ''}`, async () => {
        const expected = await ledgerTotals(from, to, caseId)
        expect(expected.count).to.be.greaterThan(0)
        const response = await caseWorker.get(`${REPORT}?${rangeQuery(from, to, { caseReference })}`)
        const $ = parseHtml(response.text)
        expect($('main tbody tr')).to.have.length(expected.count)
        expect(textOf($, '[data-total="received"]')).to.equal(pounds(expected.received))
        expect(textOf($, '[data-total="paid"]')).to.equal(pounds(expected.paid))

        const csvLink = $('a')
          .filter((_i, link) => $(link).text().includes('CSV'))
          .attr('href')!
        const csv = await caseWorker.get(csvLink)
        expect(csv.headers['content-type']).to.match(/^text\/csv/)
        expect(csv.headers['content-disposition']).to.match(/^attachment; filename=receipts-and-payments-/)
        const rows = csvRows(csv.text)
        expect(rows).to.have.length(expected.count + 2)
        const sumColumn = (index: number) =>
          rows.slice(1, -1).reduce((total, row) => total + Math.round(Number(row[index] || 0) * 100), 0)
        expect([sumColumn(7), sumColumn(8)]).to.deep.equal([expected.received, expected.paid])
        expect(rows.at(-1)!.slice(7)).to.deep.equal([
          (expected.received / 100).toFixed(2),
          (expected.paid / 100).toFixed(2),
        ])
      })
    }

    it('shows the form alone until dates are given', async () => {
      const $ = parseHtml((await caseWorker.get(REPORT)).text)
      expect($('#from-day')).to.have.length(1)
      expect($('main table')).to.have.length(0)
    })

    it('checks the dates and the case reference', async () => {
      const backwards = await caseWorker.get(`${REPORT}?${rangeQuery(TODAY, addDays(TODAY, -1))}`)
      expect(backwards.status).to.equal(400)
      expect(textOf(parseHtml(backwards.text), '.govuk-error-summary')).to.contain(
        'End date must be the same as or after the start date',
      )
      const unknown = await caseWorker.get(
        `${REPORT}?${rangeQuery(addDays(TODAY, -1), TODAY, { caseReference: 'EC999999' })}`,
      )
      expect(textOf(parseHtml(unknown.text), '.govuk-error-summary')).to.contain(
        'There is no case with the reference EC999999',
      )
      const missing = await caseWorker.get(`${REPORT}?from-day=&from-month=&from-year=&to-day=1&to-month=&to-year=2026`)
      const $ = parseHtml(missing.text)
      expect(
        $('.govuk-error-summary a')
          .map((_i, link) => $(link).text())
          .get(),
      ).to.deep.equal(['Enter the start date', 'End date must include a month'])
    })
  })

  describe('balance per case', () => {
    it('shows each case’s balance, totalling the whole ledger, as a table and CSV', async () => {
      const all = await ledgerTotals('0000-01-01', '9999-12-31')
      const $ = parseHtml((await caseWorker.get('/receipts-tool/reports/balances')).text)
      const rows = $('main tbody tr')
        .toArray()
        .map(row =>
          $(row)
            .find('td')
            .toArray()
            .map(cell => $(cell).text().trim()),
        )
      expect(rows.map(row => [row[0], row[5]])).to.deep.equal([
        ['EC000001', '£120.00'],
        ['EC000002', '£273.00'],
        ['EC000003', '£0.00'],
      ])
      expect(textOf($, '[data-total="received"]')).to.equal(pounds(all.received))
      expect(textOf($, '[data-total="paid"]')).to.equal(pounds(all.paid))
      expect(textOf($, '[data-total="balance"]')).to.equal(pounds(all.received - all.paid))
      const csv = csvRows((await caseWorker.get('/receipts-tool/reports/balances?format=csv')).text)
      expect(csv[0]).to.deep.equal([
        'Case reference',
        'Paying parent',
        'Receiving parent',
        'Received (£)',
        'Paid out (£)',
        'Balance held (£)',
      ])
      expect(csv.at(-1)).to.deep.equal(['Total', '', '', '724.00', '331.00', '393.00'])
    })
  })

  describe('money held longer than a number of days', () => {
    for (const [days, expected] of [
      ['28', [['EC000002', '£273.00']]],
      ['40', [['EC000002', '£91.00']]],
      [
        '2',
        [
          ['EC000001', '£120.00'],
          ['EC000002', '£273.00'],
        ],
      ],
      ['90', []],
    ] as const) {
      it(`lists what has been held for more than ${days} days, paying out oldest money first`, async () => {
        const $ = parseHtml((await caseWorker.get(`/receipts-tool/reports/money-held?days=${days}`)).text)
        const rows = $('main tbody tr')
          .toArray()
          .filter(row => $(row).find('td').length > 1)
          .map(row => [$(row).find('td').first().text().trim(), $(row).find('td').last().text().trim()])
        expect(rows).to.deep.equal(expected)
      })
    }

    it('downloads as CSV and checks the number of days', async () => {
      const csv = csvRows((await caseWorker.get('/receipts-tool/reports/money-held?days=28&format=csv')).text)
      expect(csv[1]!.slice(0, 1).concat(csv[1]!.slice(3))).to.deep.equal([
        'EC000002',
        '273.00',
        '273.00',
        addDays(TODAY, -60),
      ])
      const invalid = await caseWorker.get('/receipts-tool/reports/money-held?days=ten')
      expect(invalid.status).to.equal(400)
      expect(textOf(parseHtml(invalid.text), '.govuk-error-summary')).to.contain(
        'Number of days must be a whole number',
      )
    })
  })

  describe('case statement', () => {
    it('shows every entry with the running balance, and the totals', async () => {
      const $ = parseHtml((await caseWorker.get('/receipts-tool/cases/1/statement')).text)
      const balances = $('#ledger tbody tr td:nth-child(7)')
        .map((_i, cell) => $(cell).text().trim())
        .get()
      expect(balances).to.deep.equal(['£120.00', '£0.00', '£120.00', '£0.00', '£120.00', '£0.00', '£120.00'])
      expect(textOf($, '.govuk-summary-list')).to.contain('£360.00').and.contain('£240.00')
    })

    it('downloads as CSV, formula-safe, ending on the balance held', async () => {
      const response = await caseWorker.get('/receipts-tool/cases/1/statement?format=csv')
      expect(response.headers['content-disposition']).to.equal('attachment; filename=statement-EC000001.csv')
      const rows = csvRows(response.text)
      expect(rows[0]).to.include('Balance held (£)')
      expect(rows.at(-1)!.at(-1)).to.equal('120.00')
      expect(rows.find(row => row[1] === 'Receipt reversal')!.at(-2)).to.equal('-120.00')
    })

    it('downloads as a PDF', async () => {
      const response = await caseWorker.get('/receipts-tool/cases/1/statement?format=pdf').buffer(true)
      expect(response.headers['content-type']).to.equal('application/pdf')
      expect(response.headers['content-disposition']).to.equal('attachment; filename=statement-EC000001.pdf')
      expect((response.body as Buffer).subarray(0, 5).toString()).to.equal('%PDF-')
    })
  })
})
