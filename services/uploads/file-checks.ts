import fs from 'node:fs'
import type { VirusScanner } from '../virus-scan/virus-scanner.ts'
import { detectDocumentType, type DocumentType } from './document-type.ts'
import { inspectPdf } from './pdf-inspection.ts'
import type { RefusalReason } from './refusals.ts'
import type { TemporaryUpload } from './temporary-upload.ts'
import { pdfRefusal, scanRefusal, sizeRefusal, typeRefusal } from './upload-policy.ts'

export type FileCheck =
  | { passed: true; type: DocumentType; pageCount: number | null }
  | { passed: false; reason: RefusalReason; detail?: string }

/** Size and type: cheap checks that read at most the first few kilobytes. */
export async function checkSizeAndType(file: TemporaryUpload): Promise<FileCheck> {
  const sizeProblem = sizeRefusal(file)
  if (sizeProblem) return { passed: false, reason: sizeProblem }
  if (!file.path) return { passed: false, reason: 'uploadFailed', detail: 'the file was not kept' }
  const type = await detectDocumentType(file.path)
  const typeProblem = typeRefusal(type)
  if (typeProblem || !type) return { passed: false, reason: typeProblem ?? 'wrongType' }
  return { passed: true, type, pageCount: null }
}

/**
 * The virus scan, then (for a PDF) the page count and encryption. Scanning comes before the PDF is
 * parsed, so no parser reads a file the scanner has not cleared.
 */
export async function checkContent(path: string, type: DocumentType, scanner: VirusScanner): Promise<FileCheck> {
  const scan = await scanner.scan(path)
  const scanProblem = scanRefusal(scan)
  if (scanProblem) {
    const detail = scan.outcome === 'infected' ? scan.signature : scan.outcome === 'failed' ? scan.reason : undefined
    return { passed: false, reason: scanProblem, detail }
  }
  if (type !== 'pdf') return { passed: true, type, pageCount: null }
  const inspection = await inspectPdf(await fs.promises.readFile(path))
  const pdfProblem = pdfRefusal(inspection)
  if (pdfProblem || !inspection.readable) return { passed: false, reason: pdfProblem ?? 'unreadable' }
  return { passed: true, type, pageCount: inspection.pageCount }
}
