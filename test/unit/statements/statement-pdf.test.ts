import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect } from 'chai'
import { formatMoney } from '../../../services/format/money.ts'
import { createI18n } from '../../../services/i18n.ts'
import { statementFigures } from '../../../services/statements/statement-figures.ts'
import { renderStatementPdf, type StatementData } from '../../../services/statements/statement-pdf.ts'
import { pdfInfo, pdfLines, pdfStructure } from '../../support/pdf-text.ts'

const i18n = createI18n()

function statement(overrides: Partial<StatementData> = {}): StatementData {
  return {
    language: 'en',
    region: 'gb',
    client: { name: 'George Mills', customerReferenceNumber: '121003957455' },
    caseNumber: '1200000101',
    period: { from: '2026-08-01', to: '2026-10-31' },
    openingBalancePence: 1020,
    transactions: [
      { date: '2026-08-28', description: 'Maintenance due', amountDuePence: 21316, amountPaidPence: 0 },
      { date: '2026-08-28', description: 'Payment received', amountDuePence: 0, amountPaidPence: 21316 },
      { date: '2026-09-28', description: 'Maintenance due', amountDuePence: 21316, amountPaidPence: 0 },
      { date: '2026-10-05', description: 'Card payment', amountDuePence: 0, amountPaidPence: 5000 },
      { date: '2026-10-28', description: 'Maintenance due', amountDuePence: 21316, amountPaidPence: 0 },
    ],
    producedOn: '2026-11-23',
    ...overrides,
  }
}

describe('statement PDF', () => {
  it('holds the same figures as the data it was made from, line by line', async () => {
    const data = statement()
    const pdf = await renderStatementPdf(data, i18n)
    fs.writeFileSync(path.join(os.tmpdir(), 'cmss-statement-en.pdf'), pdf)
    const [page] = await pdfLines(pdf)
    const figures = statementFigures(data.openingBalancePence, data.transactions)
    expect(page).to.include.members([
      'Child Maintenance Service',
      'Child maintenance statement',
      'Name: George Mills',
      'Customer Reference Number: 121003957455',
      'Case number: 1200000101',
      'Statement period: 1 August 2026 to 31 October 2026',
      'Produced on 23 November 2026',
      'Date Description Amount due Amount paid Balance',
      '1 August 2026 Balance brought forward £10.20',
      '28 August 2026 Maintenance due £213.16 £223.36',
      '28 August 2026 Payment received £213.16 £10.20',
      '28 September 2026 Maintenance due £213.16 £223.36',
      '5 October 2026 Card payment £50.00 £173.36',
      '28 October 2026 Maintenance due £213.16 £386.52',
      `Totals ${formatMoney(figures.totalDuePence)} ${formatMoney(figures.totalPaidPence)}`,
      `31 October 2026 Balance at the end of the period ${formatMoney(figures.closingBalancePence)}`,
      'Page 1 of 1',
    ])
    expect(figures.closingBalancePence).to.equal(38652)
  })

  it('is in Welsh for a Welsh statement, Welsh letters included', async () => {
    const pdf = await renderStatementPdf(
      statement({
        language: 'cy',
        openingBalancePence: 0,
        transactions: [
          { date: '2026-10-05', description: 'Taliad cerdyn – Gŵyl y Banc', amountDuePence: 0, amountPaidPence: 5000 },
        ],
      }),
      i18n,
    )
    fs.writeFileSync(path.join(os.tmpdir(), 'cmss-statement-cy.pdf'), pdf)
    const [page] = await pdfLines(pdf)
    expect(page).to.include.members([
      'Gwasanaeth Cynhaliaeth Plant',
      'Cyfriflen cynhaliaeth plant',
      'Cyfnod y gyfriflen: 1 Awst 2026 i 31 Hydref 2026',
      '5 Hydref 2026 Taliad cerdyn – Gŵyl y Banc £50.00 £50.00 mewn credyd',
      'Cyfansymiau £0.00 £50.00',
      'Tudalen 1 o 1',
    ])
    expect(await pdfInfo(pdf)).to.deep.equal({ title: 'Cyfriflen cynhaliaeth plant – 1200000101', language: 'cy-GB' })
  })

  it('runs onto more pages with the column headings repeated and every line kept', async () => {
    const transactions = Array.from({ length: 80 }, (_, index) => ({
      date: `2026-${String(1 + Math.floor(index / 8)).padStart(2, '0')}-${String(1 + (index % 8)).padStart(2, '0')}`,
      description: `Payment ${index + 1}`,
      amountDuePence: 0,
      amountPaidPence: 100,
    }))
    const pdf = await renderStatementPdf(
      statement({ openingBalancePence: 10_000, transactions, period: { from: '2026-01-01', to: '2026-12-31' } }),
      i18n,
    )
    const pages = await pdfLines(pdf)
    expect(pages.length).to.be.greaterThan(1)
    for (const [index, page] of pages.entries()) {
      expect(page, `page ${index + 1}`).to.include('Date Description Amount due Amount paid Balance')
      expect(page, `page ${index + 1}`).to.include(`Page ${index + 1} of ${pages.length}`)
    }
    const all = pages.flat()
    expect(all.filter(line => /^\d+ \w+ 2026 Payment \d+ £1\.00/.test(line))).to.have.length(80)
    expect(all).to.include('8 October 2026 Payment 80 £1.00 £20.00')
  })

  it('is tagged, so a screen reader finds the heading and reads the figures as a table', async () => {
    const { marked, roles } = await pdfStructure(await renderStatementPdf(statement(), i18n))
    expect(marked).to.equal(true)
    expect(roles.slice(0, 2)).to.deep.equal(['Root', 'Document'])
    expect(roles).to.include.members(['H1', 'P', 'Table', 'TR', 'TH', 'TD'])
    expect(roles.filter(role => role === 'TR')).to.have.length(1 + 1 + 5 + 2)
    expect(roles.filter(role => role === 'TH')).to.have.length(5)
  })

  it('says when nothing happened in the period', async () => {
    const [page] = await pdfLines(await renderStatementPdf(statement({ transactions: [] }), i18n))
    expect(page).to.include('There were no payments or amounts due in this period.')
    expect(page).to.include('31 October 2026 Balance at the end of the period £10.20')
  })
})
