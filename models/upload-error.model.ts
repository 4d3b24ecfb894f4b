import type { UploadErrorCause } from '../services/uploads/refusals.ts'
import type { UploadErrorRow } from '../types/knex-tables-uploads.d.ts'
import { returnedId, type Database } from './db.ts'

export interface NewUploadError {
  clientId: number
  occurredAt: string
  originalFileName: string
  sizeBytes: number | null
  cause: UploadErrorCause
  description: string
  messageId: number | null
  serviceRequestId: number | null
}

export interface UploadError extends NewUploadError {
  id: number
  /** "In Progress" until a caseworker has dealt with it. */
  activityStatus: string
  /** "In Error" until a caseworker has dealt with it. */
  errorStatus: string
}

export const UPLOAD_ERROR_ACTIVITY_STATUS = 'In Progress'
export const UPLOAD_ERROR_STATUS = 'In Error'

function toUploadError(row: UploadErrorRow): UploadError {
  return {
    id: row.id,
    clientId: row.client_id,
    occurredAt: row.occurred_at,
    originalFileName: row.original_file_name,
    sizeBytes: row.size_bytes,
    cause: row.cause as UploadErrorCause,
    description: row.description,
    activityStatus: row.activity_status,
    errorStatus: row.error_status,
    messageId: row.message_id,
    serviceRequestId: row.service_request_id,
  }
}

/** Failed uploads, recorded for caseworkers to contact the client, as the upload procedure asks. */
export class UploadErrors {
  constructor(private readonly db: Database) {}

  /** Records the errors and returns their ids, in the same order. */
  async record(errors: NewUploadError[], transaction: Database = this.db): Promise<number[]> {
    const ids: number[] = []
    for (const error of errors) {
      const inserted: unknown[] = await transaction('upload_errors')
        .insert({
          client_id: error.clientId,
          occurred_at: error.occurredAt,
          original_file_name: error.originalFileName,
          size_bytes: error.sizeBytes,
          cause: error.cause,
          description: error.description,
          activity_status: UPLOAD_ERROR_ACTIVITY_STATUS,
          error_status: UPLOAD_ERROR_STATUS,
          message_id: error.messageId,
          service_request_id: error.serviceRequestId,
        })
        .returning('id')
      ids.push(returnedId(inserted[0]))
    }
    return ids
  }

  /** A client's upload errors, newest first. */
  async listForClient(clientId: number): Promise<UploadError[]> {
    const rows = await this.db('upload_errors')
      .where({ client_id: clientId })
      .orderBy([
        { column: 'occurred_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
    return rows.map(toUploadError)
  }

  /** Upload errors still in error, oldest first: the caseworkers' work list. */
  async listInError(limit = 100): Promise<UploadError[]> {
    const rows = await this.db('upload_errors')
      .where({ error_status: UPLOAD_ERROR_STATUS })
      .orderBy([
        { column: 'occurred_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ])
      .limit(limit)
    return rows.map(toUploadError)
  }
}
