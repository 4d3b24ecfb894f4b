import type { PaymentLedger } from '../../models/payment-ledger.model.ts'
import type { Clock } from '../clock.ts'
import { ukCalendarDate } from '../format/dates.ts'
import type { CreatedPayment, CreatePaymentRequest, PaymentDetails, PaymentProvider } from './payment-provider.ts'
import { outcomeOf, type PaymentOutcome } from './payment-rules.ts'

export interface FinishCardPayment {
  clientId: number
  caseId: number
  /** The id kept in the client's session when the payment was created: never one from the URL. */
  paymentId: string
  /** The client's own reference for the ledger, or null. */
  reference: string | null
  /** The caseworker taking the payment by telephone, when it is not the client paying online. */
  takenByStaffId?: string
}

export interface FinishedCardPayment {
  outcome: PaymentOutcome
  payment: PaymentDetails | undefined
  /** For a success: false when the ledger already had it (the return page was reloaded). */
  recorded: boolean
  ledgerEntryId: number | null
}

/**
 * A one-off card payment from start to finish: create it with the provider, and when the user comes
 * back, ask the provider how it ended and record a success in the ledger exactly once, for the
 * amount the provider took.
 */
/** Told once about each payment newly recorded, after it is committed (to text the receiving parent). */
export type PaymentRecorded = (payment: { clientId: number; caseId: number }) => Promise<void>

export class CardPayments {
  constructor(
    private readonly provider: PaymentProvider,
    private readonly ledger: PaymentLedger,
    private readonly clock: Clock,
    private readonly paymentRecorded: PaymentRecorded = () => Promise.resolve(),
  ) {}

  start(request: CreatePaymentRequest): Promise<CreatedPayment> {
    return this.provider.createPayment(request)
  }

  async finish(request: FinishCardPayment): Promise<FinishedCardPayment> {
    const payment = await this.provider.getPayment(request.paymentId)
    if (!payment) return { outcome: 'error', payment, recorded: false, ledgerEntryId: null }
    const outcome = outcomeOf(payment)
    if (outcome !== 'success') return { outcome, payment, recorded: false, ledgerEntryId: null }
    const { recorded, entryId } = await this.ledger.recordCardPayment({
      clientId: request.clientId,
      caseId: request.caseId,
      amountPence: payment.amountPence,
      providerPaymentId: payment.paymentId,
      reference: request.reference,
      paidOn: ukCalendarDate(this.clock.now()),
      takenByStaffId: request.takenByStaffId,
    })
    if (recorded) await this.paymentRecorded({ clientId: request.clientId, caseId: request.caseId })
    return { outcome, payment, recorded, ledgerEntryId: entryId }
  }
}
