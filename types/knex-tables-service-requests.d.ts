/* Row types for service requests (migration 20261123000003). */
import 'knex/types/tables.js'

export interface ServiceRequestRow {
  id: number
  reference: string
  client_id: number
  case_id: number | null
  source: 'self_service' | 'caseworker'
  request_type: string
  status: 'open' | 'completed' | 'rejected'
  requested_change: string
  current_values: string | null
  client_note: string | null
  created_at: string
  created_by: string | null
  closed_at: string | null
  closed_by: string | null
  rejection_reason: string | null
}

declare module 'knex/types/tables.js' {
  interface Tables {
    service_requests: ServiceRequestRow
  }
}
