/* Row types for scheduled texts (migration 20261203000500). */
import 'knex/types/tables.js'

export interface ScheduledTextRow {
  id: number
  kind: string
  subject_key: string
  client_id: number
  claimed_at: string
}

declare module 'knex/types/tables.js' {
  interface Tables {
    scheduled_texts: ScheduledTextRow
  }
}
