import type { BankDetails } from './bank-details-rules.ts'

/*
 * What pages, check-your-answers screens, emails, logs and the audit trail may show of a bank
 * account: the name, the sort code (it identifies a branch, not a person) and the last 4 digits of
 * the account number. The full account number never leaves the model that keeps it for the payment
 * run (see "How bank details are kept" in the README).
 */

export interface MaskedBankDetails {
  accountName: string
  /** "30-94-30" */
  sortCode: string
  /** The last 4 digits, for "Account ending in 3445". */
  accountNumberEnding: string
}

/** "309430" as "30-94-30", the way banks print it. */
export function formatSortCode(sortCode: string): string {
  const digits = sortCode.replace(/\D/g, '')
  if (digits.length !== 6) throw new Error('A sort code has 6 digits')
  return `${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4)}`
}

export function accountNumberEnding(accountNumber: string): string {
  const digits = accountNumber.replace(/\D/g, '')
  if (digits.length < 6) throw new Error('An account number has at least 6 digits')
  return digits.slice(-4)
}

/** "****3445": every digit but the last four hidden, padded to 8 as banks do. */
export function maskAccountNumber(accountNumber: string): string {
  return `****${accountNumberEnding(accountNumber)}`
}

export function maskBankDetails(
  details: Pick<BankDetails, 'accountName' | 'sortCode' | 'accountNumber'>,
): MaskedBankDetails {
  return {
    accountName: details.accountName,
    sortCode: formatSortCode(details.sortCode),
    accountNumberEnding: accountNumberEnding(details.accountNumber),
  }
}
