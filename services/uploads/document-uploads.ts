import type { Database } from '../../models/db.ts'
import type { DocumentSource } from '../../models/document.model.ts'
import type { Clock } from '../clock.ts'
import type { DocumentStorage } from '../document-storage/index.ts'
import { ukCalendarDate } from '../format/dates.ts'
import type { Logger } from '../logger.ts'
import type { VirusScanner } from '../virus-scan/virus-scanner.ts'
import { refused, type Candidate } from './candidate.ts'
import { documentTypes } from './document-type.ts'
import { checkContent, checkSizeAndType } from './file-checks.ts'
import type { RefusalReason } from './refusals.ts'
import { displayFileName, type TemporaryUpload } from './temporary-upload.ts'
import { recordUpload, type UploadRecordDependencies } from './upload-record.ts'
import { selectionRefusal } from './upload-policy.ts'
import { uploadLimits } from './upload-limits.ts'

/** What the documents came with. With neither, they become a "Self Service inbound" activity of their own. */
export interface DocumentLink {
  messageId?: number
  serviceRequestId?: number
}

export interface AcceptOptions {
  linkTo?: DocumentLink
  source?: DocumentSource
  /**
   * All or nothing, for files sent with something they belong to (a message): the files are taken only
   * if every one of them passes, and then `recordMessage` runs in the upload's transaction and returns
   * the id the documents link to. With any file refused, only the upload errors are recorded.
   */
  wholeWith?: { recordMessage: (transaction: Database) => Promise<number> }
  /**
   * Evidence for something the client is still filling in (a change of circumstances): the documents
   * are kept unlinked, with no activity of their own, until what they belong to is sent and links them.
   */
  heldForLater?: boolean
}

export type FileResult =
  | { fileName: string; status: 'accepted'; documentId: number; contentType: string; sizeBytes: number }
  | { fileName: string; status: 'refused'; reason: RefusalReason }
  | { fileName: string; status: 'withheld' }

/** One result per file, in the order the files came. */
export interface UploadOutcome {
  results: FileResult[]
  acceptedCount: number
  refusedCount: number
}

export interface DocumentUploadDependencies extends UploadRecordDependencies {
  clock: Clock
  logger: Logger
  virusScanner: VirusScanner
  documentStorage: DocumentStorage
}

/**
 * Takes the files of one upload for a client: checks each against the upload rules, stores those
 * that pass, and records the upload (documents, audit entries, upload errors) in one transaction.
 * Slow work (scanning, copying) happens before the transaction; if it fails, the stored copies are
 * removed and the error rethrown, so an upload is recorded whole or not at all.
 */
export class DocumentUploads {
  constructor(private readonly deps: DocumentUploadDependencies) {}

  async accept(clientId: number, files: TemporaryUpload[], options: AcceptOptions = {}): Promise<UploadOutcome> {
    const now = this.deps.clock.now()
    const day = ukCalendarDate(now)
    const candidates = await this.check(clientId, day, files)
    const whole = options.wholeWith
    if (whole && candidates.some(candidate => !candidate.check.passed)) {
      for (const candidate of candidates) if (candidate.check.passed) candidate.withheld = true
    } else {
      await this.store(candidates)
    }
    const context = {
      clientId,
      day,
      occurredAt: now.toISOString(),
      messageId: options.linkTo?.messageId ?? null,
      serviceRequestId: options.linkTo?.serviceRequestId ?? null,
      source: options.source ?? 'self_service',
      recordMessage: whole?.recordMessage,
      heldForLater: options.heldForLater ?? false,
    }
    try {
      await recordUpload(this.deps, context, candidates)
    } catch (error) {
      await this.removeStored(candidates)
      throw error
    }
    // Files stored but then turned away by the daily count inside the transaction.
    await this.removeStored(candidates.filter(candidate => candidate.documentId === undefined))
    this.logRefusals(candidates)
    return outcomeOf(candidates)
  }

  private async check(clientId: number, day: string, files: TemporaryUpload[]): Promise<Candidate[]> {
    const named = files.map(file => ({ file, fileName: displayFileName(file.originalName) }))
    const selectionProblem = selectionRefusal(files.length)
    if (selectionProblem) return named.map(candidate => ({ ...candidate, check: refused(selectionProblem) }))
    // A first look at today's count spares scanning files that could not be taken; the transaction decides.
    let remaining = uploadLimits.maxDocumentsPerDay - (await this.deps.documents.countAcceptedOn(clientId, day))
    const candidates: Candidate[] = []
    for (const { file, fileName } of named) {
      let check = await checkSizeAndType(file)
      if (check.passed && remaining <= 0) check = refused('dailyLimit')
      else if (check.passed && file.path) check = await checkContent(file.path, check.type, this.deps.virusScanner)
      if (check.passed) remaining -= 1
      candidates.push({ file, fileName, check })
    }
    return candidates
  }

  private async store(candidates: Candidate[]): Promise<void> {
    for (const candidate of candidates) {
      const { check, file } = candidate
      if (!check.passed || !file.path) continue
      try {
        candidate.stored = await this.deps.documentStorage.store(file.path, documentTypes[check.type].extension)
      } catch (error) {
        this.deps.logger.error({ err: error }, 'an uploaded document could not be stored')
        candidate.check = refused('uploadFailed', 'storage failed')
      }
    }
  }

  private async removeStored(candidates: Candidate[]): Promise<void> {
    for (const { stored } of candidates) {
      if (!stored) continue
      await this.deps.documentStorage.remove(stored.storedName).catch((error: unknown) => {
        this.deps.logger.error({ err: error }, 'a stored document could not be removed')
      })
    }
  }

  private logRefusals(candidates: Candidate[]): void {
    for (const { check } of candidates) {
      if (check.passed) continue
      // A scanner or store that fails is a fault to look into; the other refusals are the rules working.
      const log = check.reason === 'uploadFailed' ? this.deps.logger.error : this.deps.logger.info
      log.call(this.deps.logger, { reason: check.reason, detail: check.detail }, 'upload refused')
    }
  }
}

function outcomeOf(candidates: Candidate[]): UploadOutcome {
  const results = candidates.map(({ check, fileName, stored, documentId, withheld }): FileResult => {
    if (withheld) return { fileName, status: 'withheld' }
    if (check.passed && stored && documentId !== undefined) {
      const { contentType } = documentTypes[check.type]
      return { fileName, status: 'accepted', documentId, contentType, sizeBytes: stored.sizeBytes }
    }
    return { fileName, status: 'refused', reason: check.passed ? 'uploadFailed' : check.reason }
  })
  const acceptedCount = results.filter(result => result.status === 'accepted').length
  const refusedCount = results.filter(result => result.status === 'refused').length
  return { results, acceptedCount, refusedCount }
}
