import { newActivity, type Activities } from '../../models/activity.model.ts'
import type { AuditLog } from '../../models/audit.model.ts'
import type { Database } from '../../models/db.ts'
import type { Documents, DocumentSource } from '../../models/document.model.ts'
import type { NewUploadError, UploadErrors } from '../../models/upload-error.model.ts'
import type { Candidate } from './candidate.ts'
import { refused } from './candidate.ts'
import { documentTypes } from './document-type.ts'
import { causeOf, uploadErrorCauses } from './refusals.ts'
import { dailyAllowance } from './upload-policy.ts'

export interface UploadRecordDependencies {
  db: Database
  auditLog: AuditLog
  documents: Documents
  uploadErrors: UploadErrors
  activities: Activities
}

export interface UploadContext {
  clientId: number
  /** The UK calendar day the daily limit counts in. */
  day: string
  occurredAt: string
  messageId: number | null
  serviceRequestId: number | null
  source: DocumentSource
  /** Set for an all-or-nothing upload: records what the documents come with, once every file is taken. */
  recordMessage?: (transaction: Database) => Promise<number>
  /** Evidence kept for something the client has not sent yet (a change of circumstances): its sender links it. */
  heldForLater?: boolean
}

/**
 * Records one upload in a single transaction: takes the client's daily count first (a write, so
 * concurrent uploads queue), accepts stored files while the day's allowance lasts (the rest become
 * "daily limit" refusals), adds each accepted document with its audit entry, and records an upload
 * error for every refused file. Mutates the candidates to say what became of them.
 */
export async function recordUpload(
  deps: UploadRecordDependencies,
  context: UploadContext,
  candidates: Candidate[],
): Promise<void> {
  const { clientId, day } = context
  await deps.db.transaction(async trx => {
    const acceptedToday = await deps.documents.lockDailyCount(clientId, day, trx)
    const storedCount = candidates.filter(candidate => candidate.stored).length
    let allowance = dailyAllowance(acceptedToday, storedCount)
    let linkedMessageId = context.messageId
    if (context.recordMessage) {
      const takesAll = allowance === storedCount && candidates.every(({ check, stored }) => check.passed && stored)
      if (takesAll) linkedMessageId = await context.recordMessage(trx)
      else allowance = withholdAll(candidates, allowance)
    }
    if (allowance > 0) await deps.documents.addToDailyCount(clientId, day, allowance, trx)
    const accepting = Math.min(allowance, candidates.filter(({ check, stored }) => check.passed && stored).length)
    // Documents sent on their own (not with a message or a change) become a "Self Service inbound" activity.
    const messageId =
      linkedMessageId ??
      (context.serviceRequestId === null && !context.heldForLater && accepting > 0
        ? await recordInboundUpload(deps, context, trx)
        : null)
    for (const candidate of candidates) {
      const { check, stored } = candidate
      if (!check.passed || !stored || candidate.withheld) continue
      if (allowance === 0) {
        candidate.check = refused('dailyLimit')
        continue
      }
      allowance -= 1
      const { contentType } = documentTypes[check.type]
      candidate.documentId = await deps.documents.insert(
        {
          ownerClientId: clientId,
          storedName: stored.storedName,
          originalFileName: candidate.fileName,
          contentType,
          sizeBytes: stored.sizeBytes,
          pageCount: check.pageCount,
          sha256: stored.sha256,
          uploadedAt: context.occurredAt,
          uploadedOn: day,
          messageId,
          serviceRequestId: context.serviceRequestId,
          source: context.source,
        },
        trx,
      )
      await deps.auditLog.record(
        {
          actorType: 'client',
          actorId: String(clientId),
          action: 'document.uploaded',
          subjectType: 'document',
          subjectId: candidate.documentId,
          details: { contentType, sizeBytes: stored.sizeBytes, sha256: stored.sha256 },
        },
        trx,
      )
    }
    const errors = uploadErrorsOf(context, candidates)
    const errorIds = await deps.uploadErrors.record(errors, trx)
    for (const [index, error] of errors.entries()) {
      await deps.activities.record(
        newActivity({
          clientId,
          activityType: 'upload_error',
          direction: 'inbound',
          subject: 'Self Service upload error',
          status: 'in_progress',
          errorStatus: 'in_error',
          errorDescription: `${error.description}: ${error.originalFileName}`.slice(0, 300),
          uploadErrorId: errorIds[index] ?? null,
          serviceRequestId: context.serviceRequestId,
          createdBy: 'self_service',
        }),
        new Date(context.occurredAt),
        trx,
      )
    }
  })
}

/**
 * An all-or-nothing upload that cannot be taken whole: files past today's allowance are refused for
 * the daily limit, the others are withheld. Returns the allowance left to use: none.
 */
function withholdAll(candidates: Candidate[], allowance: number): number {
  let room = allowance
  for (const candidate of candidates) {
    if (!candidate.check.passed || !candidate.stored) continue
    if (room > 0) {
      room -= 1
      candidate.withheld = true
    } else {
      candidate.check = refused('dailyLimit')
    }
  }
  return 0
}

function recordInboundUpload(deps: UploadRecordDependencies, context: UploadContext, trx: Database): Promise<number> {
  return deps.activities.record(
    newActivity({
      clientId: context.clientId,
      activityType: 'inbound_upload',
      direction: 'inbound',
      subject: 'Self Service inbound',
      status: 'open',
      createdBy: 'self_service',
    }),
    new Date(context.occurredAt),
    trx,
  )
}

function uploadErrorsOf(context: UploadContext, candidates: Candidate[]): NewUploadError[] {
  return candidates.flatMap(({ check, fileName, file }) => {
    if (check.passed) return []
    const cause = causeOf[check.reason]
    return [
      {
        clientId: context.clientId,
        occurredAt: context.occurredAt,
        originalFileName: fileName,
        sizeBytes: file.sizeBytes,
        cause,
        description: uploadErrorCauses[cause],
        messageId: context.messageId,
        serviceRequestId: context.serviceRequestId,
      },
    ]
  })
}
