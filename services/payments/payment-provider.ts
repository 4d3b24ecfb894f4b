/*
 * The card payment provider, modelled on GOV.UK Pay: the service creates a payment, sends the user to
 * the provider's next URL, and when the user comes back looks the payment up by its id to learn how
 * it ended. Two implementations: the GOV.UK Pay REST API client, and the sandbox the app serves itself.
 */

/** GOV.UK Pay's payment statuses (https://docs.payments.service.gov.uk/api_reference/#payment-status-meanings). */
export const paymentStatuses = [
  'created',
  'started',
  'submitted',
  'capturable',
  'success',
  'failed',
  'cancelled',
  'error',
] as const
export type PaymentStatus = (typeof paymentStatuses)[number]

export type PaymentLanguage = 'en' | 'cy'

export interface CreatePaymentRequest {
  /** Whole pence, more than 0. */
  amountPence: number
  /** Our reference for the payment, shown to staff and on bank records: at most 255 characters. */
  reference: string
  /** What the payment is for, shown to the user on the provider's pages: at most 255 characters. */
  description: string
  /** Where the provider sends the user when the payment ends. It carries no payment id. */
  returnUrl: string
  /** The language of the provider's pages. */
  language: PaymentLanguage
}

export interface CreatedPayment {
  paymentId: string
  /** Send the user here to enter their card details. */
  nextUrl: string
  status: PaymentStatus
}

/** What the provider keeps of the card: never the number, security code, name or address. */
export interface CardSummary {
  brand: string
  lastFour: string
  /** MM/YY */
  expiry: string
}

export interface PaymentDetails {
  paymentId: string
  amountPence: number
  reference: string
  description: string
  status: PaymentStatus
  finished: boolean
  /** GOV.UK Pay's error code when the payment failed, was cancelled or hit an error (P0010, P0020 …). */
  failureCode: string | null
  card: CardSummary | null
}

export interface PaymentProvider {
  readonly name: 'sandbox' | 'govuk-pay'
  createPayment(request: CreatePaymentRequest): Promise<CreatedPayment>
  /** The payment as the provider sees it now, or undefined when it has no payment with that id. */
  getPayment(paymentId: string): Promise<PaymentDetails | undefined>
}

/** The provider could not be reached, refused the request, or answered with something unexpected. */
export class PaymentProviderError extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(message)
    this.name = 'PaymentProviderError'
  }
}
