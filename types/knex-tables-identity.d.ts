/* Row types for the identity, sign-in and notification tables (migration 20261123000002). */
import 'knex/types/tables.js'

export interface EnrolmentAttemptRow {
  id: number
  identity_account_id: number
  attempted_at: string
  succeeded: boolean | number
}

export interface SignInCodeRow {
  id: number
  client_id: number
  code_hash: string
  created_at: string
  expires_at: string
  failed_attempts: number
  used_at: string | null
}

export interface RateLimitRow {
  key: string
  hits: number
  resets_at: number | string
}

export interface OutboundMessageRow {
  id: number
  channel: 'email' | 'sms'
  recipient: string
  client_id: number | null
  template: string
  language: string
  subject: string | null
  body: string
  reference: string | null
  status: string
  provider_id: string | null
  created_at: string
}

declare module 'knex/types/tables.js' {
  interface Tables {
    enrolment_attempts: EnrolmentAttemptRow
    sign_in_codes: SignInCodeRow
    rate_limits: RateLimitRow
    outbound_messages: OutboundMessageRow
  }
}
