import path from 'node:path'
import PDFDocument from 'pdfkit'
import { projectRoot } from '../../config.ts'
import { formatShortDate, formatTime } from '../format/dates.ts'

export interface MessageForPdf {
  clientName: string
  customerReferenceNumber: string
  subject: string
  receivedAt: string
  reference: string | null
  body: string
  attachments: string[]
}

/** Open Sans has every letter a Welsh message may use, which the PDF base fonts lack. */
const fontsDirectory = path.join(projectRoot, 'node_modules', 'open-sans-fonts', 'open-sans')
const REGULAR = path.join(fontsDirectory, 'Regular', 'OpenSans-Regular.ttf')
const BOLD = path.join(fontsDirectory, 'Bold', 'OpenSans-Bold.ttf')

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
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>(resolve => doc.on('end', () => resolve(Buffer.concat(chunks))))
  doc.registerFont('regular', REGULAR).registerFont('bold', BOLD)

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
