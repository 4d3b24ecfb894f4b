import type { BankAccountDraft } from '../services/account/bank-account-changes.ts'

declare module 'express-session' {
  interface SessionData {
    /** Bank details waiting on the check answers page; the account number is encrypted. */
    bankAccountDraft: BankAccountDraft
    /** The service request just raised, for the confirmation page. */
    bankAccountRequested: { purpose: BankAccountDraft['purpose']; reference: string }
  }
}

export {}
