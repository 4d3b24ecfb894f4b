/* Row types for activities and letters (migration 20261203000001). */
import 'knex/types/tables.js'

export interface LetterRow {
  id: number
  reference: string
  client_id: number
  case_id: number | null
  template_code: string
  language: string
  details: string
  delivery: string
  issued_at: string
  issued_by: string
  read_at: string | null
}

export interface ActivityRow {
  id: number
  client_id: number
  case_id: number | null
  activity_type: string
  direction: string
  subject: string
  body: string | null
  reference: string | null
  status: string
  error_status: string | null
  error_description: string | null
  letter_id: number | null
  outbound_message_id: number | null
  upload_error_id: number | null
  service_request_id: number | null
  due_on: string | null
  created_at: string
  created_by: string
  completed_at: string | null
  completed_by: string | null
}

export interface ActivityNoteRow {
  id: number
  activity_id: number
  note: string
  created_at: string
  created_by: string
}

declare module 'knex/types/tables.js' {
  interface Tables {
    letters: LetterRow
    activities: ActivityRow
    activity_notes: ActivityNoteRow
  }
}
