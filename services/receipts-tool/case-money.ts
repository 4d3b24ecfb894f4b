import type { AuditLog } from '../../models/audit.model.ts'
import { isUniqueViolation } from '../../models/constraint-errors.ts'
import type { Database } from '../../models/db.ts'
import type { ExceptionalCaseModel } from '../../models/exceptional-case.model.ts'
import type { EntryType, ExceptionalLedgerModel } from '../../models/exceptional-ledger.model.ts'
import type { Clock } from '../clock.ts'
import { ukCalendarDate } from '../format/dates.ts'

export const receiptMethods = ['cheque', 'postal_order', 'bank_transfer', 'cash', 'card'] as const
export const paymentMethods = ['bank_transfer', 'cheque', 'postal_order'] as const

export const methodNames: Record<string, string> = {
  cheque: 'Cheque',
  postal_order: 'Postal order',
  bank_transfer: 'Bank transfer',
  cash: 'Cash',
  card: 'Card',
}

export interface Receipt {
  date: string
  amountPence: number
  method: string
  payer: string
  reference: string
}

export interface Payment {
  date: string
  amountPence: number
  method: string
  payeeAccountReference: string
  /** Set only when an administrator pays more than the balance held. */
  overrideReason?: string
}

export type PaymentOutcome =
  | { outcome: 'recorded'; entryId: number }
  | { outcome: 'overBalance'; balancePence: number }
  | { outcome: 'caseNotFound' }

export type ReversalOutcome = 'reversed' | 'notFound' | 'alreadyReversed' | 'isReversal'

class Refusal extends Error {
  constructor(readonly outcome: PaymentOutcome | ReversalOutcome) {
    super('refused')
  }
}

/**
 * Money in and out of exceptional cases. Every write locks the case first (the transaction's first
 * statement is a write), so a balance check and the payment it allows cannot interleave with another.
 */
export class CaseMoney {
  constructor(
    private readonly db: Database,
    private readonly cases: ExceptionalCaseModel,
    private readonly ledger: ExceptionalLedgerModel,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  async recordReceipt(actor: string, caseId: number, receipt: Receipt): Promise<number | undefined> {
    return this.db.transaction(async trx => {
      if (!(await this.cases.touch(caseId, trx))) return undefined
      const entryId = await this.ledger.insert(
        {
          caseId,
          entryType: 'receipt',
          amountPence: receipt.amountPence,
          transactionDate: receipt.date,
          method: receipt.method,
          party: receipt.payer,
          reference: receipt.reference,
          reversesEntryId: null,
          reason: '',
          balanceOverride: false,
          recordedBy: actor,
        },
        trx,
      )
      await this.audit(actor, 'exceptional_receipt_recorded', caseId, { entryId, ...receipt }, trx)
      return entryId
    })
  }

  /** Pays out no more than the balance held, unless an override reason is given (the caller checks who may). */
  async recordPayment(actor: string, caseId: number, payment: Payment): Promise<PaymentOutcome> {
    try {
      return await this.db.transaction(async trx => {
        if (!(await this.cases.touch(caseId, trx))) throw new Refusal({ outcome: 'caseNotFound' })
        const balancePence = await this.ledger.balanceOf(caseId, trx)
        const override = Boolean(payment.overrideReason)
        if (payment.amountPence > balancePence && !override) throw new Refusal({ outcome: 'overBalance', balancePence })
        const entryId = await this.ledger.insert(
          {
            caseId,
            entryType: 'payment',
            amountPence: payment.amountPence,
            transactionDate: payment.date,
            method: payment.method,
            party: payment.payeeAccountReference,
            reference: '',
            reversesEntryId: null,
            reason: payment.overrideReason ?? '',
            balanceOverride: override && payment.amountPence > balancePence,
            recordedBy: actor,
          },
          trx,
        )
        await this.audit(actor, 'exceptional_payment_recorded', caseId, { entryId, balancePence, ...payment }, trx)
        return { outcome: 'recorded' as const, entryId }
      })
    } catch (error) {
      if (error instanceof Refusal) return error.outcome as PaymentOutcome
      throw error
    }
  }

  /** Corrects an entry by adding its opposite, dated today, with the reason; the original stays as it was. */
  async reverse(actor: string, caseId: number, entryId: number, reason: string): Promise<ReversalOutcome> {
    try {
      await this.db.transaction(async trx => {
        if (!(await this.cases.touch(caseId, trx))) throw new Refusal('notFound')
        const original = await this.ledger.find(caseId, entryId, trx)
        if (!original) throw new Refusal('notFound')
        if (original.reversesEntryId !== null) throw new Refusal('isReversal')
        if (original.reversedByEntryId !== null) throw new Refusal('alreadyReversed')
        const reversalId = await this.ledger.insert(
          {
            caseId,
            entryType: original.entryType,
            amountPence: -original.amountPence,
            transactionDate: ukCalendarDate(this.clock.now()),
            method: original.method,
            party: original.party,
            reference: original.reference,
            reversesEntryId: original.id,
            reason,
            balanceOverride: false,
            recordedBy: actor,
          },
          trx,
        )
        await this.audit(
          actor,
          `exceptional_${original.entryType}_reversed`,
          caseId,
          { entryId, reversalId, reason },
          trx,
        )
      })
      return 'reversed'
    } catch (error) {
      if (error instanceof Refusal) return error.outcome as ReversalOutcome
      // Two reversals of one entry at once: the unique reverses_entry_id lets only one in.
      if (isUniqueViolation(error)) return 'alreadyReversed'
      throw error
    }
  }

  private audit(actor: string, action: string, caseId: number, details: Record<string, unknown>, trx: Database) {
    return this.auditLog.record(
      { actorType: 'staff', actorId: actor, action, subjectType: 'exceptional_case', subjectId: caseId, details },
      trx,
    )
  }
}

export function entryTypeName(entryType: EntryType, amountPence: number): string {
  const name = entryType === 'receipt' ? 'Receipt' : 'Payment'
  return amountPence < 0 ? `${name} reversal` : name
}
