import type { DocumentRow } from '../types/knex-tables-uploads.d.ts'
import { isPostgres, returnedId, type Database } from './db.ts'

export type DocumentSource = 'self_service'

export interface NewDocument {
  ownerClientId: number
  storedName: string
  originalFileName: string
  contentType: string
  sizeBytes: number
  pageCount: number | null
  sha256: string
  uploadedAt: string
  /** The UK calendar day of `uploadedAt`. */
  uploadedOn: string
  messageId: number | null
  serviceRequestId: number | null
  source: DocumentSource
}

export interface Document extends NewDocument {
  id: number
}

function toDocument(row: DocumentRow): Document {
  return {
    id: row.id,
    ownerClientId: row.owner_client_id,
    storedName: row.stored_name,
    originalFileName: row.original_file_name,
    contentType: row.content_type,
    sizeBytes: row.size_bytes,
    pageCount: row.page_count,
    sha256: row.sha256,
    uploadedAt: row.uploaded_at,
    uploadedOn: row.uploaded_on,
    messageId: row.message_id,
    serviceRequestId: row.service_request_id,
    source: row.source as DocumentSource,
  }
}

/** Documents clients have uploaded, and the per-client daily count that limits them. */
export class Documents {
  constructor(private readonly db: Database) {}

  async insert(document: NewDocument, transaction: Database = this.db): Promise<number> {
    const inserted: unknown[] = await transaction('documents')
      .insert({
        owner_client_id: document.ownerClientId,
        stored_name: document.storedName,
        original_file_name: document.originalFileName,
        content_type: document.contentType,
        size_bytes: document.sizeBytes,
        page_count: document.pageCount,
        sha256: document.sha256,
        uploaded_at: document.uploadedAt,
        uploaded_on: document.uploadedOn,
        message_id: document.messageId,
        service_request_id: document.serviceRequestId,
        source: document.source,
      })
      .returning('id')
    return returnedId(inserted[0])
  }

  /** A client's own document; another client's is the same as none (the caller answers 404). */
  async findForOwner(ownerClientId: number, documentId: number): Promise<Document | undefined> {
    const row = await this.db('documents').where({ id: documentId, owner_client_id: ownerClientId }).first()
    return row ? toDocument(row) : undefined
  }

  /** Any client's document, for caseworkers. */
  async findById(documentId: number): Promise<Document | undefined> {
    const row = await this.db('documents').where({ id: documentId }).first()
    return row ? toDocument(row) : undefined
  }

  /** A client's documents, newest first. */
  async listForOwner(ownerClientId: number): Promise<Document[]> {
    const rows = await this.db('documents')
      .where({ owner_client_id: ownerClientId })
      .orderBy([
        { column: 'uploaded_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
    return rows.map(toDocument)
  }

  /** A client's documents that came with the given messages (activity ids), oldest first. */
  async listForMessages(ownerClientId: number, messageIds: number[]): Promise<Document[]> {
    if (messageIds.length === 0) return []
    const rows = await this.db('documents')
      .where({ owner_client_id: ownerClientId })
      .whereIn('message_id', messageIds)
      .orderBy('id', 'asc')
    return rows.map(toDocument)
  }

  /** How many documents the client has had accepted on a UK calendar day (YYYY-MM-DD). */
  async countAcceptedOn(clientId: number, day: string, transaction: Database = this.db): Promise<number> {
    const row = await transaction('document_daily_counts')
      .first('documents_accepted')
      .where({ client_id: clientId, upload_date: day })
    return row?.documents_accepted ?? 0
  }

  /**
   * Takes the client's daily count for the rest of the transaction and returns it. Call it first
   * in the transaction: its first statement is a write (which on SQLite takes the write lock at
   * once), and on PostgreSQL the row stays locked until commit, so two uploads at the same moment
   * are counted one after the other.
   */
  async lockDailyCount(clientId: number, day: string, transaction: Database): Promise<number> {
    await transaction('document_daily_counts')
      .insert({ client_id: clientId, upload_date: day, documents_accepted: 0 })
      .onConflict(['client_id', 'upload_date'])
      .ignore()
    const query = transaction('document_daily_counts')
      .first('documents_accepted')
      .where({ client_id: clientId, upload_date: day })
    const row = await (isPostgres(transaction) ? query.forUpdate() : query)
    return row?.documents_accepted ?? 0
  }

  async addToDailyCount(clientId: number, day: string, count: number, transaction: Database): Promise<void> {
    await transaction('document_daily_counts')
      .where({ client_id: clientId, upload_date: day })
      .increment('documents_accepted', count)
  }

  /** The evidence a client sent with a service request, oldest first. */
  async listForServiceRequest(serviceRequestId: number): Promise<Document[]> {
    const rows = await this.db('documents').where({ service_request_id: serviceRequestId }).orderBy('id', 'asc')
    return rows.map(toDocument)
  }

  /** The documents a client attached to a message (an inbound message activity), oldest first. */
  async listForMessage(messageId: number): Promise<Document[]> {
    const rows = await this.db('documents').where({ message_id: messageId }).orderBy('id', 'asc')
    return rows.map(toDocument)
  }
}
