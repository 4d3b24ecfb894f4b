/* Row types for the document upload tables (migrations/20261124000101_uploads_documents.ts). */
import 'knex/types/tables.js'

export interface DocumentRow {
  id: number
  owner_client_id: number
  stored_name: string
  original_file_name: string
  content_type: string
  size_bytes: number
  page_count: number | null
  sha256: string
  uploaded_at: string
  uploaded_on: string
  message_id: number | null
  service_request_id: number | null
  source: string
}

export interface DocumentDailyCountRow {
  client_id: number
  upload_date: string
  documents_accepted: number
}

export interface UploadErrorRow {
  id: number
  client_id: number
  occurred_at: string
  original_file_name: string
  size_bytes: number | null
  cause: string
  description: string
  activity_status: string
  error_status: string
  message_id: number | null
  service_request_id: number | null
}

declare module 'knex/types/tables.js' {
  interface Tables {
    documents: DocumentRow
    document_daily_counts: DocumentDailyCountRow
    upload_errors: UploadErrorRow
  }
}
