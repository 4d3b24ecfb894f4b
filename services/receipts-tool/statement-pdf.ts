import PDFDocument from 'pdfkit'
import { formatShortDate } from '../format/dates.ts'
import { formatMoney } from '../format/money.ts'
import { collectPdf } from '../pdf/tagged-pdf.ts'
import { signedForStatement, type Statement } from './statement.ts'

const columns = [
  { title: 'Date', width: 62 },
  { title: 'Entry', width: 92 },
  { title: 'Payer or payee', width: 130 },
  { title: 'Reference', width: 80 },
  { title: 'Amount', width: 70, align: 'right' as const },
  { title: 'Balance held', width: 81, align: 'right' as const },
]

function row(doc: PDFKit.PDFDocument, cells: string[], bold = false): void {
  const top = doc.y
  let x = doc.page.margins.left
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9)
  let height = 0
  cells.forEach((cell, index) => {
    const column = columns[index]!
    doc.text(cell, x, top, { width: column.width - 6, align: column.align ?? 'left' })
    height = Math.max(height, doc.y - top)
    x += column.width
  })
  doc.x = doc.page.margins.left
  doc.y = top + height + 4
  if (doc.y > doc.page.height - doc.page.margins.bottom - 30) doc.addPage()
}

/** The case statement as an A4 PDF, made in memory with pdfkit's built-in fonts (nothing is downloaded). */
export function statementPdf(statement: Statement, printedOn: Date): Promise<Buffer> {
  const { exceptionalCase } = statement
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `Case statement ${exceptionalCase.caseReference}` },
  })
  const done = collectPdf(doc)

  doc.font('Helvetica-Bold').fontSize(16).text(`Case statement: ${exceptionalCase.caseReference}`)
  doc.moveDown(0.5).font('Helvetica').fontSize(10)
  doc.text('Transfer of Receipts to Future Scheme: exceptional case handling')
  doc.text(`Paying parent: ${exceptionalCase.payingParent.name}`)
  doc.text(`Receiving parent: ${exceptionalCase.receivingParent.name}`)
  doc.text(`Printed on ${formatShortDate(printedOn)}`)
  doc.moveDown()
  row(
    doc,
    columns.map(column => column.title),
    true,
  )
  for (const line of statement.lines) {
    row(doc, [
      formatShortDate(line.transactionDate),
      line.description,
      line.party,
      line.reference,
      formatMoney(signedForStatement(line)),
      formatMoney(line.balanceAfterPence),
    ])
  }
  doc.moveDown()
  doc.font('Helvetica-Bold').fontSize(10)
  doc.text(`Total received: ${formatMoney(statement.receivedPence)}`)
  doc.text(`Total paid out: ${formatMoney(statement.paidPence)}`)
  doc.text(`Balance held: ${formatMoney(statement.balancePence)}`)
  doc.end()
  return done
}
