/* Row types for bank accounts (see migrations/20261203000100_bank_accounts.ts). */
import 'knex/types/tables.js'

export interface BankAccountRow {
  id: number
  client_id: number
  purpose: 'direct_debit' | 'direct_payment'
  status: 'pending' | 'active' | 'retired'
  account_name: string
  sort_code: string
  account_number_ciphertext: string
  account_number_last4: string
  collection_day: number | null
  created_at: string
  activated_at: string | null
  retired_at: string | null
}

declare module 'knex/types/tables.js' {
  interface Tables {
    bank_accounts: BankAccountRow
  }
}
