import path from 'node:path'
import PDFDocument from 'pdfkit'
import { projectRoot } from '../../config.ts'
import type { Language } from '../i18n.ts'

/** Open Sans has every letter Welsh needs (ŵ, ŷ and the other circumflexes), which the PDF base fonts lack. */
const fontsDirectory = path.join(projectRoot, 'node_modules', 'open-sans-fonts', 'open-sans')
const REGULAR = path.join(fontsDirectory, 'Regular', 'OpenSans-Regular.ttf')
const BOLD = path.join(fontsDirectory, 'Bold', 'OpenSans-Bold.ttf')

/** Registers Open Sans as the fonts `regular` and `bold`. */
export function registerOpenSans(doc: PDFKit.PDFDocument): void {
  doc.registerFont('regular', REGULAR)
  doc.registerFont('bold', BOLD)
}

/** The bytes of a document once it has ended; fails if pdfkit does. */
export function collectPdf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
}

export interface TaggedPdfOptions {
  language: Language
  margin: number
  info: PDFKit.DocumentInfo
  /** Keeps every page open until the end, so that pages can be numbered once they all exist. */
  bufferPages?: boolean
}

export interface TaggedPdf {
  doc: PDFKit.PDFDocument
  /** The root of the structure tree, which headings, paragraphs and tables are added to. */
  document: PDFKit.PDFStructureElement
  /** A paragraph in the structure tree, drawn by `draw`. */
  paragraph: (draw: () => void) => void
  /** "Label: value" as one paragraph, the label in bold. */
  labelled: (label: string, value: string) => void
  /** Closes the structure tree, draws what `afterStructure` draws (such as page numbers), and ends. */
  finish: (afterStructure?: () => void) => Promise<Buffer>
}

/**
 * An A4 tagged PDF (PDF 1.7, in the given language, its title shown) in Open Sans, so that screen
 * readers can follow it and its text can be copied in English or Welsh.
 */
export function taggedPdf({ language, margin, info, bufferPages }: TaggedPdfOptions): TaggedPdf {
  const doc = new PDFDocument({
    size: 'A4',
    margin,
    bufferPages: bufferPages === true,
    tagged: true,
    pdfVersion: '1.7',
    lang: language === 'cy' ? 'cy-GB' : 'en-GB',
    displayTitle: true,
    info,
  })
  const finished = collectPdf(doc)
  registerOpenSans(doc)
  const document = doc.struct('Document')
  doc.addStructure(document)
  const paragraph = (draw: () => void) => {
    document.add(doc.struct('P', {}, draw))
  }
  return {
    doc,
    document,
    paragraph,
    labelled: (label, value) =>
      paragraph(() => doc.font('bold').text(`${label}: `, { continued: true }).font('regular').text(value)),
    finish: afterStructure => {
      document.end()
      afterStructure?.()
      doc.end()
      return finished
    },
  }
}
