/* Row types for special client records (migration 20261204000100). */
import 'knex/types/tables.js'

export interface SpecialClientRecordRow {
  client_id: number
  reason: string
  marked_by: string
  marked_at: string
}

declare module 'knex/types/tables.js' {
  interface Tables {
    special_client_records: SpecialClientRecordRow
  }
}
