import type { i18n } from 'i18next'
import type { Letter } from '../../models/letter.model.ts'
import type { Region } from '../../routes/paths.ts'
import { formatDate } from '../format/dates.ts'
import { formatMoney } from '../format/money.ts'
import { taggedPdf } from '../pdf/tagged-pdf.ts'

export interface LetterPdfInput {
  letter: Letter
  client: { name: string; customerReferenceNumber: string }
  region: Region
}

const MARGIN = 60

/** The letter's details as the template shows them: "...Pence" as money, ISO dates in the letter's language. */
export function letterValues(details: Record<string, unknown>, language: 'en' | 'cy'): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of Object.entries(details)) {
    if (key.endsWith('Pence') && typeof value === 'number') values[key.slice(0, -'Pence'.length)] = formatMoney(value)
    else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) values[key] = formatDate(value, language)
    else values[key] = String(value)
  }
  return values
}

/**
 * A letter as a tagged PDF, made on the server from its template and the details kept with it, in
 * the letter's language, so the same letter can be made again exactly.
 */
export function renderLetterPdf({ letter, client, region }: LetterPdfInput, i18next: i18n): Promise<Buffer> {
  const t = i18next.getFixedT(letter.language)
  const title = t(`letters:templates.${letter.templateCode}.title`)
  const body = t(`letters:templates.${letter.templateCode}.body`, letterValues(letter.details, letter.language))
  const { doc, document, paragraph, labelled, finish } = taggedPdf({
    language: letter.language,
    margin: MARGIN,
    info: { Title: title, Author: t(`common:serviceName.${region}`), CreationDate: new Date(letter.issuedAt) },
  })

  paragraph(() =>
    doc
      .font('bold')
      .fontSize(12)
      .text(t(`common:serviceName.${region}`)),
  )
  doc.moveDown().font('regular').fontSize(11)
  paragraph(() => doc.text(client.name))
  labelled(t('letters:pdf.customerReferenceNumber'), client.customerReferenceNumber)
  labelled(t('letters:pdf.reference'), letter.reference)
  labelled(t('letters:pdf.date'), formatDate(letter.issuedAt, letter.language))
  doc.moveDown()
  document.add(doc.struct('H1', {}, () => doc.font('bold').fontSize(18).text(title)))
  doc.moveDown(0.5).font('regular').fontSize(11)
  paragraph(() => doc.text(t('letters:pdf.dear', { name: client.name })).moveDown(0.5))
  for (const text of body.split('\n\n')) paragraph(() => doc.text(text).moveDown(0.5))
  paragraph(() => doc.text(t('letters:pdf.contact')).moveDown())
  paragraph(() => doc.text(t('letters:pdf.signOff')))
  paragraph(() => doc.text(t('letters:pdf.team')))
  return finish()
}
