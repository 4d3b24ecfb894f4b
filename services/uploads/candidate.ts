import type { StoredDocument } from '../document-storage/index.ts'
import type { FileCheck } from './file-checks.ts'
import type { TemporaryUpload } from './temporary-upload.ts'

/** One file of an upload as it moves through the checks, storage and the record. */
export interface Candidate {
  file: TemporaryUpload
  /** The client's file name, cleaned for display. */
  fileName: string
  check: FileCheck
  stored?: StoredDocument
  documentId?: number
  /** Passed its checks but not taken, because another file of an all-or-nothing upload was refused. */
  withheld?: boolean
}

export function refused(reason: Extract<FileCheck, { passed: false }>['reason'], detail?: string): FileCheck {
  return { passed: false, reason, detail }
}
