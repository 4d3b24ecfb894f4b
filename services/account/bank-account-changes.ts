import type { AuditLog } from '../../models/audit.model.ts'
import type { BankAccountPurpose, BankAccounts, BankAccountSummary } from '../../models/bank-account.model.ts'
import type { ClientCases } from '../../models/client-cases.model.ts'
import type { Database } from '../../models/db.ts'
import type { AccountNumberSecret } from '../bank-details/account-number-secret.ts'
import type { ServiceRequestsService } from '../service-requests/service-requests.service.ts'
import { directDebitOption, directPaymentOption } from './direct-debit-eligibility.ts'

export type BankAccountRequestType = 'new_direct_debit' | 'amend_direct_debit' | 'direct_payment_account'

/** What the client asked for, with the account number already encrypted (it never sits in a session in clear). */
export interface BankAccountDraft {
  purpose: BankAccountPurpose
  requestType: BankAccountRequestType
  accountName: string
  sortCode: string
  accountNumberCiphertext: string
  accountNumberEnding: string
  collectionDay: number | null
}

export type BankAccountOption =
  | { kind: 'set_up' | 'amend'; requestType: BankAccountRequestType; current: BankAccountSummary | undefined }
  | { kind: 'not_eligible'; methods: string[] }
  | { kind: 'not_applicable' }

/**
 * Direct Debit and direct payment bank accounts: whether the client may give one, and the request
 * itself, which stores the account as pending, raises the service request a caseworker completes
 * and writes the audit entry, in one transaction.
 */
export class BankAccountChanges {
  constructor(
    private readonly db: Database,
    private readonly cases: ClientCases,
    private readonly accounts: BankAccounts,
    readonly secret: AccountNumberSecret,
    private readonly serviceRequests: ServiceRequestsService,
    private readonly auditLog: AuditLog,
  ) {}

  async optionFor(clientId: number, purpose: BankAccountPurpose): Promise<BankAccountOption> {
    const cases = await this.cases.casesFor(clientId)
    const current = await this.accounts.activeFor(clientId, purpose)
    if (purpose === 'direct_debit') {
      const option = directDebitOption(cases)
      if (option.kind === 'not_paying') return { kind: 'not_applicable' }
      if (option.kind === 'not_eligible') return option
      return {
        kind: option.kind,
        requestType: option.kind === 'amend' ? 'amend_direct_debit' : 'new_direct_debit',
        current,
      }
    }
    const option = directPaymentOption(cases, current !== undefined)
    if (option.kind === 'not_receiving') return { kind: 'not_applicable' }
    return { kind: option.kind, requestType: 'direct_payment_account', current }
  }

  async request(clientId: number, draft: BankAccountDraft): Promise<{ reference: string; bankAccountId: number }> {
    return this.db.transaction(async trx => {
      const bankAccountId = await this.accounts.createPending({ clientId, ...draft }, trx)
      const { reference } = await this.serviceRequests.raise(
        {
          clientId,
          caseId: null,
          source: 'self_service',
          requestType: draft.requestType,
          // The masked details travel with the request so the caseworker can check them; never the number.
          requestedChange: {
            bankAccountId,
            accountName: draft.accountName,
            sortCode: draft.sortCode,
            accountNumberEnding: draft.accountNumberEnding,
            collectionDay: draft.collectionDay,
          },
          currentValues: null,
          clientNote: null,
          createdBy: String(clientId),
        },
        trx,
      )
      await this.auditLog.record(
        {
          actorType: 'client',
          actorId: String(clientId),
          action: 'bank_account.change_requested',
          subjectType: 'bank_account',
          subjectId: bankAccountId,
          details: {
            purpose: draft.purpose,
            requestType: draft.requestType,
            serviceRequestReference: reference,
            sortCode: draft.sortCode,
            accountNumberEnding: draft.accountNumberEnding,
          },
        },
        trx,
      )
      return { reference, bankAccountId }
    })
  }
}
