import type { Clock } from '../services/clock.ts'
import { failureCodes } from '../services/payments/payment-rules.ts'
import type { SandboxPaymentRow } from '../types/knex-tables-payments.d.ts'
import type { Database } from './db.ts'

export type SandboxPaymentStatus = 'created' | 'started' | 'submitted' | 'success' | 'failed' | 'cancelled' | 'error'

export interface SandboxPayment {
  paymentId: string
  amountPence: number
  reference: string
  description: string
  returnUrl: string
  language: 'en' | 'cy'
  status: SandboxPaymentStatus
  failureCode: string | null
  card: { brand: string; lastFour: string; expiry: string } | null
  createdAt: string
  expiresAt: string
}

export interface NewSandboxPayment {
  paymentId: string
  secureToken: string
  amountPence: number
  reference: string
  description: string
  returnUrl: string
  language: 'en' | 'cy'
  expiresAt: string
}

const UNFINISHED: SandboxPaymentStatus[] = ['created', 'started', 'submitted']

/**
 * The sandbox provider's payments. Every change of status is one conditional UPDATE (from the states
 * it may come from), so two requests racing on the same payment cannot both move it on.
 */
export class SandboxPaymentModel {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async create(payment: NewSandboxPayment): Promise<void> {
    const now = this.clock.now().toISOString()
    await this.db('sandbox_payments').insert({
      payment_id: payment.paymentId,
      secure_token: payment.secureToken,
      amount_pence: payment.amountPence,
      reference: payment.reference,
      description: payment.description,
      return_url: payment.returnUrl,
      language: payment.language,
      status: 'created',
      expires_at: payment.expiresAt,
      created_at: now,
      updated_at: now,
    })
  }

  async find(paymentId: string): Promise<SandboxPayment | undefined> {
    await this.expireIfDue(paymentId)
    const row = await this.db('sandbox_payments').where({ payment_id: paymentId }).first()
    return row ? toPayment(row) : undefined
  }

  /**
   * Uses the one-time token from the payment's next URL. The first use marks the payment started;
   * later uses still name the payment, so the page can let back in only the browser that opened it.
   */
  async useSecureToken(token: string): Promise<{ paymentId: string; firstUse: boolean } | undefined> {
    const now = this.clock.now().toISOString()
    const firstUse =
      (await this.db('sandbox_payments')
        .where({ secure_token: token })
        .whereNull('secure_token_used_at')
        .update({ secure_token_used_at: now, updated_at: now })) === 1
    const row = await this.db('sandbox_payments').where({ secure_token: token }).first('payment_id')
    if (!row) return undefined
    if (firstUse) await this.move(row.payment_id, ['created'], { status: 'started' })
    return { paymentId: row.payment_id, firstUse }
  }

  /** Moves a payment on when it is in one of the `from` states; says whether it moved. */
  async move(
    paymentId: string,
    from: SandboxPaymentStatus[],
    change: {
      status: SandboxPaymentStatus
      failureCode?: string
      card?: { brand: string; lastFour: string; expiry: string }
    },
  ): Promise<boolean> {
    const updated = await this.db('sandbox_payments')
      .where({ payment_id: paymentId })
      .whereIn('status', from)
      .update({
        status: change.status,
        ...(change.failureCode ? { failure_code: change.failureCode } : {}),
        ...(change.card
          ? { card_brand: change.card.brand, card_last_four: change.card.lastFour, card_expiry: change.card.expiry }
          : {}),
        updated_at: this.clock.now().toISOString(),
      })
    return updated === 1
  }

  /** A payment not finished by its expiry time fails with GOV.UK Pay's "payment expired" code. */
  private async expireIfDue(paymentId: string): Promise<void> {
    const now = this.clock.now().toISOString()
    await this.db('sandbox_payments')
      .where({ payment_id: paymentId })
      .whereIn('status', UNFINISHED)
      .andWhere('expires_at', '<=', now)
      .update({ status: 'failed', failure_code: failureCodes.expired, updated_at: now })
  }
}

function toPayment(row: SandboxPaymentRow): SandboxPayment {
  return {
    paymentId: row.payment_id,
    amountPence: Number(row.amount_pence),
    reference: row.reference,
    description: row.description,
    returnUrl: row.return_url,
    language: row.language === 'cy' ? 'cy' : 'en',
    status: row.status as SandboxPaymentStatus,
    failureCode: row.failure_code,
    card:
      row.card_brand && row.card_last_four && row.card_expiry
        ? { brand: row.card_brand, lastFour: row.card_last_four, expiry: row.card_expiry }
        : null,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  }
}
