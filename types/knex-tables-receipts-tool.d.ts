/* Row types for the Receipts and Payments Tool's tables (migrations/20261124000100_receipts_tool_…). */
import 'knex/types/tables.js'

export interface ExceptionalCaseRow {
  id: number
  case_reference: string
  case_type: string
  missing_identifiers: string | null
  cms_case_number: string | null
  incident_reference: string | null
  paying_parent_name: string
  paying_parent_address_line_1: string
  paying_parent_address_line_2: string | null
  paying_parent_address_town: string
  paying_parent_address_postcode: string
  receiving_parent_name: string
  receiving_parent_address_line_1: string
  receiving_parent_address_line_2: string | null
  receiving_parent_address_town: string
  receiving_parent_address_postcode: string
  maintenance_amount_pence: number
  maintenance_frequency: string
  created_by: string
  created_at: string
  updated_at: string
}

export interface ExceptionalCaseChildRow {
  id: number
  case_id: number
  full_name: string
  date_of_birth: string
}

export interface ExceptionalCaseLedgerRow {
  id: number
  case_id: number
  entry_type: string
  amount_pence: number
  transaction_date: string
  method: string
  party: string | null
  reference: string | null
  reverses_entry_id: number | null
  reason: string | null
  balance_override: boolean | number
  recorded_by: string
  recorded_at: string
}

declare module './knex-tables.d.ts' {
  interface StaffMemberRow {
    password_change_required: boolean | number
  }
}

declare module 'knex/types/tables.js' {
  interface Tables {
    exceptional_cases: ExceptionalCaseRow
    exceptional_case_children: ExceptionalCaseChildRow
    exceptional_case_ledger: ExceptionalCaseLedgerRow
  }
}
