import type { SandboxPayment, SandboxPaymentModel } from '../../../models/sandbox-payment.model.ts'
import type { CardBrand } from '../card-rules.ts'
import { failureCodes } from '../payment-rules.ts'
import { isSandboxPaymentId } from './sandbox-provider.ts'
import { authorisationFor } from './test-cards.ts'

/** A card that passed the page's checks. The number is used here to decide the outcome, then dropped. */
export interface SubmittedCard {
  digits: string
  brand: CardBrand
  /** MM/YY */
  expiry: string
}

/**
 * What the sandbox's card pages do to a payment: open it from the one-time link, authorise a card
 * against the test cards, confirm, or cancel. Only the brand, last four digits and expiry are kept.
 */
export class SandboxCheckout {
  constructor(private readonly payments: SandboxPaymentModel) {}

  /** The payment a one-time link opens, and whether this is the link's first use. */
  open(secureToken: string): Promise<{ paymentId: string; firstUse: boolean } | undefined> {
    if (!/^[A-Za-z0-9_-]{16,64}$/.test(secureToken)) return Promise.resolve(undefined)
    return this.payments.useSecureToken(secureToken)
  }

  async find(paymentId: string): Promise<SandboxPayment | undefined> {
    return isSandboxPaymentId(paymentId) ? this.payments.find(paymentId) : undefined
  }

  /** Asks the pretend bank about the card; the payment moves to submitted, failed (declined) or error. */
  async submitCard(paymentId: string, card: SubmittedCard): Promise<void> {
    const kept = { brand: card.brand, lastFour: card.digits.slice(-4), expiry: card.expiry }
    switch (authorisationFor(card.digits)) {
      case 'authorised':
        await this.payments.move(paymentId, ['started'], { status: 'submitted', card: kept })
        return
      case 'declined':
        await this.payments.move(paymentId, ['started'], {
          status: 'failed',
          failureCode: failureCodes.declined,
          card: kept,
        })
        return
      case 'error':
        await this.payments.move(paymentId, ['started'], { status: 'error', failureCode: failureCodes.providerError })
        return
    }
  }

  /** Takes the authorised payment. */
  async confirm(paymentId: string): Promise<void> {
    await this.payments.move(paymentId, ['submitted'], { status: 'success' })
  }

  /** The user gave up: GOV.UK Pay reports this as failed with code P0030. */
  async cancel(paymentId: string): Promise<void> {
    await this.payments.move(paymentId, ['created', 'started', 'submitted'], {
      status: 'failed',
      failureCode: failureCodes.cancelledByUser,
    })
  }
}
