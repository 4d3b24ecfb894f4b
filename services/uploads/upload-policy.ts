import type { ScanResult } from '../virus-scan/virus-scanner.ts'
import type { DocumentType } from './document-type.ts'
import type { PdfInspection } from './pdf-inspection.ts'
import type { RefusalReason } from './refusals.ts'
import type { TemporaryUpload } from './temporary-upload.ts'
import { uploadLimits } from './upload-limits.ts'

/*
 * The upload rules, each a small pure decision: undefined means the rule lets the file through.
 * The checks that read files (type, virus scan, PDF) and the daily count in the database feed them.
 */

/** More than 5 files at once refuses the whole selection. */
export function selectionRefusal(fileCount: number): RefusalReason | undefined {
  return fileCount > uploadLimits.maxFilesPerUpload ? 'tooManyFiles' : undefined
}

export function sizeRefusal(file: Pick<TemporaryUpload, 'sizeBytes' | 'exceededSizeLimit'>): RefusalReason | undefined {
  if (file.exceededSizeLimit || file.sizeBytes > uploadLimits.maxFileBytes) return 'tooLarge'
  return file.sizeBytes === 0 ? 'empty' : undefined
}

export function typeRefusal(type: DocumentType | undefined): RefusalReason | undefined {
  return type === undefined ? 'wrongType' : undefined
}

/** Only a clean verdict passes; a scanner that cannot answer refuses the file ("try again"), never waves it through. */
export function scanRefusal(result: ScanResult): RefusalReason | undefined {
  if (result.outcome === 'clean') return undefined
  return result.outcome === 'infected' ? 'virus' : 'uploadFailed'
}

export function pdfRefusal(inspection: PdfInspection): RefusalReason | undefined {
  if (!inspection.readable) return inspection.problem
  return inspection.pageCount > uploadLimits.maxPdfPages ? 'tooManyPages' : undefined
}

/** How many of `wanted` documents can still be taken today, given how many were accepted already. */
export function dailyAllowance(acceptedToday: number, wanted: number): number {
  return Math.max(0, Math.min(wanted, uploadLimits.maxDocumentsPerDay - acceptedToday))
}
