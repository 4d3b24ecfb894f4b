import type { Clock } from '../services/clock.ts'
import type { BankAccountRow } from '../types/knex-tables-bank-accounts.d.ts'
import { returnedId, type Database } from './db.ts'

export type BankAccountPurpose = BankAccountRow['purpose']

export interface NewBankAccount {
  clientId: number
  purpose: BankAccountPurpose
  accountName: string
  sortCode: string
  accountNumberCiphertext: string
  accountNumberEnding: string
  collectionDay: number | null
}

/** What pages may show of a bank account: never the account number, only its last four digits. */
export interface BankAccountSummary {
  id: number
  purpose: BankAccountPurpose
  status: BankAccountRow['status']
  accountName: string
  sortCode: string
  accountNumberEnding: string
  collectionDay: number | null
}

function toSummary(row: BankAccountRow): BankAccountSummary {
  return {
    id: row.id,
    purpose: row.purpose,
    status: row.status,
    accountName: row.account_name,
    sortCode: row.sort_code,
    accountNumberEnding: row.account_number_last4,
    collectionDay: row.collection_day,
  }
}

/** Clients' bank accounts for Direct Debits and direct payments. */
export class BankAccounts {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Stores a new account as pending, inside the caller's transaction. */
  async createPending(account: NewBankAccount, transaction: Database): Promise<number> {
    const inserted: unknown[] = await transaction('bank_accounts')
      .insert({
        client_id: account.clientId,
        purpose: account.purpose,
        status: 'pending',
        account_name: account.accountName,
        sort_code: account.sortCode,
        account_number_ciphertext: account.accountNumberCiphertext,
        account_number_last4: account.accountNumberEnding,
        collection_day: account.collectionDay,
        created_at: this.clock.now().toISOString(),
      })
      .returning('id')
    return returnedId(inserted[0])
  }

  /** The client's account in use for a purpose, if any. */
  async activeFor(clientId: number, purpose: BankAccountPurpose): Promise<BankAccountSummary | undefined> {
    const row = await this.db('bank_accounts').where({ client_id: clientId, purpose, status: 'active' }).first()
    return row ? toSummary(row) : undefined
  }

  /**
   * Makes a pending account the client's active one for its purpose, retiring the one it replaces.
   * A caseworker calls this when completing the service request. The first statement is a write,
   * so on SQLite the transaction takes the write lock at once. False when the account is not pending.
   */
  async activate(bankAccountId: number, transaction: Database): Promise<boolean> {
    const now = this.clock.now().toISOString()
    const activated = await transaction('bank_accounts')
      .where({ id: bankAccountId, status: 'pending' })
      .update({ status: 'active', activated_at: now })
    if (activated !== 1) return false
    const account = (await transaction('bank_accounts').where({ id: bankAccountId }).first())!
    await transaction('bank_accounts')
      .where({ client_id: account.client_id, purpose: account.purpose, status: 'active' })
      .whereNot({ id: bankAccountId })
      .update({ status: 'retired', retired_at: now })
    return true
  }
}
