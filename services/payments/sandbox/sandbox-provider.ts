import { randomBytes } from 'node:crypto'
import type { SandboxPayment, SandboxPaymentModel } from '../../../models/sandbox-payment.model.ts'
import { pathTo, paymentSandboxPaths } from '../../../routes/paths.ts'
import type { Clock } from '../../clock.ts'
import {
  PaymentProviderError,
  type CreatedPayment,
  type CreatePaymentRequest,
  type PaymentDetails,
  type PaymentProvider,
} from '../payment-provider.ts'
import { expiresAt, isFinished, problemsWith } from '../payment-rules.ts'

/** Sandbox payment ids look like GOV.UK Pay's: 26 lower-case letters and digits. */
const PAYMENT_ID = /^[a-z0-9]{26}$/

export function isSandboxPaymentId(value: unknown): value is string {
  return typeof value === 'string' && PAYMENT_ID.test(value)
}

/**
 * The embedded payment provider: it behaves like GOV.UK Pay (same statuses, failure codes, 90-minute
 * expiry and test cards) but its card pages are served by this app under /payment-sandbox, and no
 * money moves.
 */
export class SandboxPaymentProvider implements PaymentProvider {
  readonly name = 'sandbox' as const

  constructor(
    private readonly payments: SandboxPaymentModel,
    private readonly clock: Clock,
  ) {}

  async createPayment(request: CreatePaymentRequest): Promise<CreatedPayment> {
    const problems = problemsWith(request)
    if (problems.length > 0) {
      throw new PaymentProviderError(`The payment request is not valid: ${problems.join(', ')}`, 422, 'P0102')
    }
    const paymentId = randomBytes(13).toString('hex')
    const secureToken = randomBytes(24).toString('base64url')
    await this.payments.create({
      paymentId,
      secureToken,
      amountPence: request.amountPence,
      reference: request.reference,
      description: request.description,
      returnUrl: request.returnUrl,
      language: request.language,
      expiresAt: expiresAt(this.clock.now()).toISOString(),
    })
    return { paymentId, nextUrl: pathTo(paymentSandboxPaths.secure, { token: secureToken }), status: 'created' }
  }

  async getPayment(paymentId: string): Promise<PaymentDetails | undefined> {
    if (!isSandboxPaymentId(paymentId)) return undefined
    const payment = await this.payments.find(paymentId)
    return payment ? toDetails(payment) : undefined
  }
}

function toDetails(payment: SandboxPayment): PaymentDetails {
  return {
    paymentId: payment.paymentId,
    amountPence: payment.amountPence,
    reference: payment.reference,
    description: payment.description,
    status: payment.status,
    finished: isFinished(payment.status),
    failureCode: payment.failureCode,
    card: payment.card,
  }
}
