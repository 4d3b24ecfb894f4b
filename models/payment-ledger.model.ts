import type { Clock } from '../services/clock.ts'
import type { AuditLog } from './audit.model.ts'
import { returnedId, type Database } from './db.ts'

export interface CardPaymentToRecord {
  /** The signed-in client who paid: they must be the paying parent on the case. */
  clientId: number
  caseId: number
  /** As the provider reported it, never as the browser sent it. */
  amountPence: number
  /** The provider's payment id: a payment is recorded once, however often its return page loads. */
  providerPaymentId: string
  /** The client's own reference ("My reference"), or null. */
  reference: string | null
  /** The UK calendar date the payment was taken (YYYY-MM-DD). */
  paidOn: string
  /** The caseworker who took the payment by telephone for the client; unset when the client paid online. */
  takenByStaffId?: string
}

export interface RecordedCardPayment {
  /** False when the payment was already in the ledger (a reload, a second tab, another process). */
  recorded: boolean
  entryId: number
}

export class NotTheCasePayingParentError extends Error {
  constructor() {
    super('The client is not the paying parent on this case')
    this.name = 'NotTheCasePayingParentError'
  }
}

/** Card payments in the payment ledger (ledger_entries), each recorded exactly once. */
export class PaymentLedger {
  constructor(
    private readonly db: Database,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Records a successful card payment as money in on the case, with an audit entry, in one
   * transaction. The insert comes first (so on SQLite the transaction takes the write lock at once)
   * and relies on the unique external_id: a second call for the same payment, in this process or
   * another, inserts nothing and gets the first call's entry back.
   */
  async recordCardPayment(payment: CardPaymentToRecord): Promise<RecordedCardPayment> {
    if (!Number.isSafeInteger(payment.amountPence) || payment.amountPence <= 0) {
      throw new Error('A card payment is a whole number of pence above zero')
    }
    return this.db.transaction(async trx => {
      const inserted: unknown[] = await trx('ledger_entries')
        .insert({
          case_id: payment.caseId,
          client_id: payment.clientId,
          direction: 'in',
          amount_pence: payment.amountPence,
          transaction_date: payment.paidOn,
          method: 'debit_card',
          entry_type: 'card_payment',
          reference: payment.reference,
          source: payment.takenByStaffId ? 'telephone_payment' : 'card_payment',
          external_id: payment.providerPaymentId,
          created_at: this.clock.now().toISOString(),
        })
        .onConflict('external_id')
        .ignore()
        .returning('id')

      if (inserted.length === 0) {
        const existing = await trx('ledger_entries')
          .where({ external_id: payment.providerPaymentId })
          .first('id', 'client_id', 'case_id')
        if (existing?.client_id !== payment.clientId || existing.case_id !== payment.caseId) {
          throw new Error('That provider payment id is already recorded for another client or case')
        }
        return { recorded: false, entryId: existing.id }
      }

      const entryId = returnedId(inserted[0])
      const payingCase = await trx('cases')
        .where({ id: payment.caseId, paying_parent_client_id: payment.clientId })
        .first('id')
      if (!payingCase) throw new NotTheCasePayingParentError()
      await this.auditLog.record(
        {
          actorType: payment.takenByStaffId ? 'staff' : 'client',
          actorId: payment.takenByStaffId ?? String(payment.clientId),
          action: 'card_payment.recorded',
          subjectType: 'case',
          subjectId: payment.caseId,
          details: {
            ledgerEntryId: entryId,
            providerPaymentId: payment.providerPaymentId,
            amountPence: payment.amountPence,
            paidOn: payment.paidOn,
          },
        },
        trx,
      )
      return { recorded: true, entryId }
    })
  }
}
