/*
 * Row types for every table, so queries built with knex are typed. Kept beside the migrations:
 * a migration that adds a column adds it here too.
 */
import 'knex/types/tables.js'

export interface SessionRow {
  sid: string
  data: string
  expires_at: number | string
}

export interface AuditLogRow {
  id: number
  occurred_at: string
  actor_type: string
  actor_id: string | null
  action: string
  subject_type: string | null
  subject_id: string | null
  details: string | null
}

export interface IdentityAccountRow {
  id: number
  user_id: string
  first_name: string | null
  last_name: string | null
  email: string
  password_hash: string
  failed_sign_in_count: number
  locked_until: string | null
  enrolment_locked_until: string | null
  enrolment_reference_name: string | null
  created_at: string
  updated_at: string
}

export interface ClientRow {
  id: number
  customer_reference_number: string
  national_insurance_number: string | null
  date_of_birth: string
  title: string | null
  first_name: string
  last_name: string
  known_as: string | null
  gender: string | null
  email: string | null
  phone_home: string | null
  phone_mobile: string | null
  phone_work: string | null
  address_line_1: string | null
  address_line_2: string | null
  address_town: string | null
  address_county: string | null
  address_postcode: string | null
  address_country: string | null
  postal_address_line_1: string | null
  postal_address_line_2: string | null
  postal_address_town: string | null
  postal_address_county: string | null
  postal_address_postcode: string | null
  postal_address_country: string | null
  contact_preference: string
  sms_opt_in: boolean | number
  preferred_language: string
  region: string
  pin_ciphertext: string | null
  pin_updated_at: string | null
  identity_account_id: number | null
  enrolled_at: string | null
  self_service: boolean | number
  first_sign_in_at: string | null
  last_sign_in_at: string | null
  self_service_locked_at: string | null
  self_service_lock_reason: string | null
  pin_challenge_positions: string | null
  forgotten_pin_questions: string | null
  failed_pin_attempts: number
  created_at: string
  updated_at: string
}

export interface CaseRow {
  id: number
  case_number: string
  paying_parent_client_id: number
  receiving_parent_client_id: number
  region: string
  service_type: string
  method_of_payment: string
  receiving_parent_payment_method: string
  case_start_date: string
  annual_review_date: string
  status: string
  created_at: string
  updated_at: string
}

export interface QualifyingChildRow {
  id: number
  case_id: number
  first_name: string
  last_name: string
  date_of_birth: string
}

export interface MaintenanceCalculationRow {
  id: number
  case_id: number
  effective_date: string
  reason: string
  rate: string
  paying_parent_gross_weekly_income_pence: number
  qualifying_children_count: number
  other_relevant_children_count: number
  shared_care_nights_per_year: number
  weekly_amount_pence: number
  collection_charge_percent: number
  created_at: string
}

export interface PaymentScheduleItemRow {
  id: number
  case_id: number
  due_date: string
  amount_pence: number
  collection_charge_pence: number
  method: string
}

export interface LedgerEntryRow {
  id: number
  case_id: number
  client_id: number
  direction: 'in' | 'out'
  amount_pence: number
  transaction_date: string
  method: string
  entry_type: string
  reference: string | null
  source: string
  external_id: string | null
  created_at: string
}

export interface StaffDirectoryRow {
  staff_id: string
  name: string
  email: string
}

export interface StaffMemberRow {
  staff_id: string
  name: string
  email: string
  phone: string | null
  password_hash: string | null
  failed_sign_in_count: number
  locked_until: string | null
  created_at: string
  updated_at: string
}

export interface StaffProfileRow {
  id: number
  staff_id: string
  system: string
  role: string
  granted_by: string | null
  granted_at: string
}

declare module 'knex/types/tables.js' {
  interface Tables {
    sessions: SessionRow
    audit_log: AuditLogRow
    identity_accounts: IdentityAccountRow
    clients: ClientRow
    cases: CaseRow
    qualifying_children: QualifyingChildRow
    maintenance_calculations: MaintenanceCalculationRow
    payment_schedule_items: PaymentScheduleItemRow
    ledger_entries: LedgerEntryRow
    staff_directory: StaffDirectoryRow
    staff_members: StaffMemberRow
    staff_profiles: StaffProfileRow
  }
}
