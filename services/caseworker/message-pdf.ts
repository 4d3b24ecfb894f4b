import PDFDocument from 'pdfkit'
import { formatShortDate, formatTime } from '../format/dates.ts'
import { collectPdf, registerOpenSans } from '../pdf/tagged-pdf.ts'

export interface MessageForPdf {
  clientName: string
  customerReferenceNumber: string
  subject: string
  receivedAt: string
  reference: string | null
  body: string
  attachments: string[]
}

/**
 * "View document" for a self-service message: the message as a PDF, the way the seed says a
 * caseworker reads it, with the contact reason (subject header), when it arrived and what came with it.
 */
export function renderMessagePdf(message: MessageForPdf): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: `Self Service message: ${message.subject}` },
  })
  const done = collectPdf(doc)
  registerOpenSans(doc)

  doc.font('bold').fontSize(16).text('Self Service message')
  doc.moveDown(0.5)
  const line = (label: string, value: string) => {
    doc.font('bold').fontSize(10).text(`${label}: `, { continued: true }).font('regular').text(value)
  }
  line('Client', message.clientName)
  line('Customer Reference Number', message.customerReferenceNumber)
  line('Contact reason', message.subject)
  line('Received', `${formatShortDate(message.receivedAt)} ${formatTime(message.receivedAt)}`)
  if (message.reference) line('Reference', message.reference)
  doc.moveDown()
  doc.font('bold').fontSize(12).text('Message')
  doc.moveDown(0.3)
  doc
    .font('regular')
    .fontSize(11)
    .text(message.body || '(No text)')
  doc.moveDown()
  doc.font('bold').fontSize(12).text('Attachments')
  doc.moveDown(0.3)
  doc
    .font('regular')
    .fontSize(11)
    .text(message.attachments.length > 0 ? message.attachments.join('\n') : 'None')
  doc.end()
  return done
}
