import type { i18n } from 'i18next'
import type { Region } from '../../routes/paths.ts'
import { formatDate } from '../format/dates.ts'
import { formatMoney } from '../format/money.ts'
import type { Language, Translate } from '../i18n.ts'
import { taggedPdf } from '../pdf/tagged-pdf.ts'
import { PdfTable, type Cell } from './pdf-table.ts'
import { statementFigures, type StatementTransaction } from './statement-figures.ts'

export interface StatementData {
  language: Language
  region: Region
  client: { name: string; customerReferenceNumber: string }
  caseNumber: string
  /** YYYY-MM-DD, both inclusive. */
  period: { from: string; to: string }
  openingBalancePence: number
  transactions: StatementTransaction[]
  /** YYYY-MM-DD */
  producedOn: string
}

const MARGIN = 50
const WIDTH = 495
/** Date, description, amount due, amount paid, balance: the A4 width inside the margins. */
const COLUMNS = [100, 160, 70, 70, 95] as const

/**
 * Renders a statement to a tagged PDF on the server, in English or Welsh: headings, paragraphs and a
 * table a screen reader can follow, and text that can be copied or extracted.
 */
export function renderStatementPdf(statement: StatementData, i18next: i18n): Promise<Buffer> {
  const t = i18next.getFixedT(statement.language)
  const figures = statementFigures(statement.openingBalancePence, statement.transactions)
  const date = (value: string) => formatDate(value, statement.language)
  const money = (pence: number) => formatMoney(pence)
  const balance = (pence: number) => (pence < 0 ? t('statementPdf:inCredit', { amount: money(-pence) }) : money(pence))
  const serviceName = t(`common:serviceName.${statement.region}`)
  const title = t('statementPdf:title')

  const { doc, document, paragraph, labelled, finish } = taggedPdf({
    language: statement.language,
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `${title} – ${statement.caseNumber}`,
      Author: serviceName,
      CreationDate: new Date(`${statement.producedOn}T12:00:00Z`),
    },
  })

  paragraph(() => doc.font('bold').fontSize(11).text(serviceName))
  document.add(doc.struct('H1', {}, () => doc.font('bold').fontSize(20).text(title)))
  doc.moveDown(0.5).font('regular').fontSize(11)
  const details: Array<[string, string]> = [
    [t('statementPdf:name'), statement.client.name],
    [t('statementPdf:customerReferenceNumber'), statement.client.customerReferenceNumber],
    [t('statementPdf:caseNumber'), statement.caseNumber],
    [
      t('statementPdf:period'),
      t('statementPdf:periodRange', { from: date(statement.period.from), to: date(statement.period.to) }),
    ],
  ]
  for (const [label, value] of details) labelled(label, value)
  paragraph(() => doc.text(t('statementPdf:producedOn', { date: date(statement.producedOn) })))
  doc.moveDown()

  const right = (text: string): Cell => ({ text, align: 'right' })
  const table = new PdfTable(doc, document, { left: MARGIN, columns: COLUMNS, fontSize: 9, footer: 20 }, [
    { text: t('statementPdf:columns.date') },
    { text: t('statementPdf:columns.description') },
    right(t('statementPdf:columns.amountDue')),
    right(t('statementPdf:columns.amountPaid')),
    right(t('statementPdf:columns.balance')),
  ])
  table.row([
    { text: date(statement.period.from) },
    { text: t('statementPdf:broughtForward') },
    right(''),
    right(''),
    right(balance(figures.openingBalancePence)),
  ])
  for (const line of figures.lines) {
    table.row([
      { text: date(line.date) },
      { text: line.description },
      right(line.amountDuePence ? money(line.amountDuePence) : ''),
      right(line.amountPaidPence ? money(line.amountPaidPence) : ''),
      right(balance(line.balancePence)),
    ])
  }
  table.row(
    [
      { text: '' },
      { text: t('statementPdf:totals') },
      right(money(figures.totalDuePence)),
      right(money(figures.totalPaidPence)),
      right(''),
    ],
    'bold',
  )
  table.row(
    [
      { text: date(statement.period.to) },
      { text: t('statementPdf:closingBalance') },
      right(''),
      right(''),
      right(balance(figures.closingBalancePence)),
    ],
    'bold',
  )
  table.end()

  doc.moveDown().font('regular').fontSize(10)
  if (figures.lines.length === 0)
    paragraph(() => doc.text(t('statementPdf:noTransactions'), MARGIN, doc.y, { width: WIDTH }).moveDown(0.5))
  paragraph(() => doc.text(t('statementPdf:balanceExplained'), MARGIN, doc.y, { width: WIDTH }))
  return finish(() => numberPages(doc, t))
}

/** "Page 1 of 2" at the foot of each page, as a pagination artifact, once every page exists. */
function numberPages(doc: PDFKit.PDFDocument, t: Translate): void {
  const { start, count } = doc.bufferedPageRange()
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc.markContent('Artifact', { type: 'Pagination' })
    doc
      .font('regular')
      .fontSize(9)
      .text(t('statementPdf:page', { page: index + 1, pages: count }), MARGIN, doc.page.height - MARGIN + 15, {
        width: WIDTH,
        align: 'right',
      })
    doc.endMarkedContent()
    doc.page.margins.bottom = bottom
  }
}
