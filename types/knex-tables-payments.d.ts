/* Row types for the payments area's tables (see migrations/20261124000101_payments_sandbox.ts). */
import 'knex/types/tables.js'

export interface SandboxPaymentRow {
  payment_id: string
  amount_pence: number
  reference: string
  description: string
  return_url: string
  language: string
  status: string
  failure_code: string | null
  secure_token: string
  secure_token_used_at: string | null
  card_brand: string | null
  card_last_four: string | null
  card_expiry: string | null
  created_at: string
  expires_at: string
  updated_at: string
}

declare module 'knex/types/tables.js' {
  interface Tables {
    sandbox_payments: SandboxPaymentRow
  }
}
