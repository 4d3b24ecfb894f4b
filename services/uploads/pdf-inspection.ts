import { PDFDocument } from 'pdf-lib'

export type PdfInspection =
  { readable: true; pageCount: number } | { readable: false; problem: 'passwordProtected' | 'unreadable' }

/**
 * Opens a PDF to count its pages. An encrypted PDF (any /Encrypt, with or without a user password)
 * or one that cannot be parsed, or has no pages, is not readable: caseworkers must be able to open
 * every document they are sent.
 */
export async function inspectPdf(bytes: Uint8Array): Promise<PdfInspection> {
  try {
    // Loaded with encryption ignored only to ask whether it is encrypted: pdf-lib's own error for it
    // cannot be told apart with instanceof.
    const document = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: true,
    })
    if (document.isEncrypted) return { readable: false, problem: 'passwordProtected' }
    const pageCount = document.getPageCount()
    return pageCount > 0 ? { readable: true, pageCount } : { readable: false, problem: 'unreadable' }
  } catch {
    return { readable: false, problem: 'unreadable' }
  }
}
