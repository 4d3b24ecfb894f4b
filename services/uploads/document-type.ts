import { fileTypeFromBuffer, fileTypeFromFile } from 'file-type'

/** The kinds of document the service accepts: JPEG, PNG, GIF, TIFF and PDF. */
export type DocumentType = 'jpeg' | 'png' | 'gif' | 'tiff' | 'pdf'

export const documentTypes: Record<DocumentType, { contentType: string; extension: string }> = {
  jpeg: { contentType: 'image/jpeg', extension: 'jpg' },
  png: { contentType: 'image/png', extension: 'png' },
  gif: { contentType: 'image/gif', extension: 'gif' },
  tiff: { contentType: 'image/tiff', extension: 'tif' },
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
}

/** file-type's names for the formats we take (an animated PNG is still a PNG); anything else is refused. */
const byDetectedExtension: Record<string, DocumentType> = {
  jpg: 'jpeg',
  png: 'png',
  apng: 'png',
  gif: 'gif',
  tif: 'tiff',
  pdf: 'pdf',
}

export function documentTypeOf(detected: { ext: string } | undefined): DocumentType | undefined {
  return detected ? byDetectedExtension[detected.ext] : undefined
}

/**
 * What a file is, judged only by its content (its magic bytes): never by its name or the type the
 * browser declared. A Word document renamed "scan.pdf" is still a Word document.
 */
export async function detectDocumentType(filePath: string): Promise<DocumentType | undefined> {
  return documentTypeOf(await fileTypeFromFile(filePath))
}

export async function detectDocumentTypeOfBytes(bytes: Uint8Array): Promise<DocumentType | undefined> {
  return documentTypeOf(await fileTypeFromBuffer(bytes))
}
