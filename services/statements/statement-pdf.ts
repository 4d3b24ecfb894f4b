import path from 'node:path'
import type { i18n } from 'i18next'
import PDFDocument from 'pdfkit'
import { projectRoot } from '../../config.ts'
import type { Region } from '../../routes/paths.ts'
import { formatDate } from '../format/dates.ts'
import { formatMoney } from '../format/money.ts'
import type { Language, Translate } from '../i18n.ts'
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

/** Open Sans has every letter Welsh needs (ŵ, ŷ and the other circumflexes), which the PDF base fonts lack. */
const fontsDirectory = path.join(projectRoot, 'node_modules', 'open-sans-fonts', 'open-sans')
const REGULAR = path.join(fontsDirectory, 'Regular', 'OpenSans-Regular.ttf')
const BOLD = path.join(fontsDirectory, 'Bold', 'OpenSans-Bold.ttf')

const MARGIN = 50
/** Date, description, amount due, amount paid, balance: 495pt, the A4 width inside the margins. */
const COLUMNS = [100, 160, 70, 70, 95] as const

type Doc = PDFKit.PDFDocument
interface Cell {
  text: string
  align?: 'left' | 'right'
}

/** Renders a statement to PDF on the server, in English or Welsh, with its text extractable. */
export function renderStatementPdf(statement: StatementData, i18next: i18n): Promise<Buffer> {
  const t = i18next.getFixedT(statement.language)
  const figures = statementFigures(statement.openingBalancePence, statement.transactions)
  const date = (value: string) => formatDate(value, statement.language)
  const money = (pence: number) => formatMoney(pence)
  const balance = (pence: number) => (pence < 0 ? t('statementPdf:inCredit', { amount: money(-pence) }) : money(pence))
  const title = t('statementPdf:title')

  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: statement.language === 'cy' ? 'cy-GB' : 'en-GB',
    displayTitle: true,
    info: {
      Title: `${title} – ${statement.caseNumber}`,
      Author: t(`common:serviceName.${statement.region}`),
      CreationDate: new Date(`${statement.producedOn}T12:00:00Z`),
    },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  doc.registerFont('regular', REGULAR)
  doc.registerFont('bold', BOLD)

  doc
    .font('bold')
    .fontSize(11)
    .text(t(`common:serviceName.${statement.region}`))
  doc.font('bold').fontSize(20).text(title).moveDown(0.5)
  doc.font('regular').fontSize(11)
  const details: Array<[string, string]> = [
    [t('statementPdf:name'), statement.client.name],
    [t('statementPdf:customerReferenceNumber'), statement.client.customerReferenceNumber],
    [t('statementPdf:caseNumber'), statement.caseNumber],
    [
      t('statementPdf:period'),
      t('statementPdf:periodRange', { from: date(statement.period.from), to: date(statement.period.to) }),
    ],
  ]
  for (const [label, value] of details) {
    doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value)
  }
  doc.text(t('statementPdf:producedOn', { date: date(statement.producedOn) })).moveDown()

  const header: Cell[] = [
    { text: t('statementPdf:columns.date') },
    { text: t('statementPdf:columns.description') },
    { text: t('statementPdf:columns.amountDue'), align: 'right' },
    { text: t('statementPdf:columns.amountPaid'), align: 'right' },
    { text: t('statementPdf:columns.balance'), align: 'right' },
  ]
  const row = (cells: Cell[], font: 'regular' | 'bold' = 'regular') => drawRow(doc, cells, font, header)
  drawRow(doc, header, 'bold')
  row([
    { text: date(statement.period.from) },
    { text: t('statementPdf:broughtForward') },
    { text: '' },
    { text: '' },
    { text: balance(figures.openingBalancePence), align: 'right' },
  ])
  for (const line of figures.lines) {
    row([
      { text: date(line.date) },
      { text: line.description },
      { text: line.amountDuePence ? money(line.amountDuePence) : '', align: 'right' },
      { text: line.amountPaidPence ? money(line.amountPaidPence) : '', align: 'right' },
      { text: balance(line.balancePence), align: 'right' },
    ])
  }
  row(
    [
      { text: '' },
      { text: t('statementPdf:totals') },
      { text: money(figures.totalDuePence), align: 'right' },
      { text: money(figures.totalPaidPence), align: 'right' },
      { text: '' },
    ],
    'bold',
  )
  row(
    [
      { text: date(statement.period.to) },
      { text: t('statementPdf:closingBalance') },
      { text: '' },
      { text: '' },
      { text: balance(figures.closingBalancePence), align: 'right' },
    ],
    'bold',
  )

  doc.moveDown().font('regular').fontSize(10)
  if (figures.lines.length === 0)
    doc.text(t('statementPdf:noTransactions'), MARGIN, doc.y, { width: 495 }).moveDown(0.5)
  doc.text(t('statementPdf:balanceExplained'), MARGIN, doc.y, { width: 495 })
  numberPages(doc, t)
  doc.end()
  return finished
}

/** One table row; starts a new page (repeating the column headings) when the row would not fit. */
function drawRow(doc: Doc, cells: Cell[], font: 'regular' | 'bold', repeatHeader?: Cell[]): void {
  doc.font(font).fontSize(9)
  const height =
    Math.max(...cells.map((cell, index) => doc.heightOfString(cell.text || ' ', { width: COLUMNS[index]! - 6 }))) + 6
  if (doc.y + height > doc.page.height - MARGIN - 20) {
    doc.addPage()
    if (repeatHeader) drawRow(doc, repeatHeader, 'bold')
    doc.font(font).fontSize(9)
  }
  const top = doc.y
  let x = MARGIN
  cells.forEach((cell, index) => {
    const width = COLUMNS[index]!
    doc.text(cell.text, x + 3, top + 3, { width: width - 6, align: cell.align ?? 'left' })
    x += width
  })
  doc
    .moveTo(MARGIN, top + height)
    .lineTo(MARGIN + 495, top + height)
    .lineWidth(0.5)
    .strokeColor('#b1b4b6')
    .stroke()
  doc.x = MARGIN
  doc.y = top + height
}

/** "Page 1 of 2" at the foot of each page, written in the bottom margin once every page exists. */
function numberPages(doc: Doc, t: Translate): void {
  const { start, count } = doc.bufferedPageRange()
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index)
    const bottom = doc.page.margins.bottom
    doc.page.margins.bottom = 0
    doc
      .font('regular')
      .fontSize(9)
      .text(t('statementPdf:page', { page: index + 1, pages: count }), MARGIN, doc.page.height - MARGIN + 15, {
        width: 495,
        align: 'right',
      })
    doc.page.margins.bottom = bottom
  }
}
