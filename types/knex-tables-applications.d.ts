/* Row types for applications (migration 20261203000400). */
import 'knex/types/tables.js'

export interface ApplicationRow {
  id: number
  client_id: number
  stage: string
  received_on: string
  information_gathering_on: string | null
  calculation_on: string | null
  case_set_up_on: string | null
  first_payment_on: string | null
  awaited_from_client: string
  awaited_from_other_parent: string
  updated_at: string
  updated_by: string
}

declare module 'knex/types/tables.js' {
  interface Tables {
    applications: ApplicationRow
  }
}
