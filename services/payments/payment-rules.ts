import type { CreatePaymentRequest, PaymentDetails, PaymentStatus } from './payment-provider.ts'

/** GOV.UK Pay's largest payment: £100,000. */
export const MAX_PAYMENT_PENCE = 10_000_000
export const MAX_REFERENCE_LENGTH = 255
export const MAX_DESCRIPTION_LENGTH = 255

/** GOV.UK Pay ends a payment that is not finished 90 minutes after it was created. */
export const PAYMENT_EXPIRY_MINUTES = 90

/** A payment page's session outlives the payment, so an expired payment can still be shown as expired. */
export const PAYMENT_SESSION_MINUTES = PAYMENT_EXPIRY_MINUTES + 10

/** GOV.UK Pay's error codes for payments that did not succeed. */
export const failureCodes = {
  declined: 'P0010',
  expired: 'P0020',
  cancelledByUser: 'P0030',
  cancelledByService: 'P0040',
  providerError: 'P0050',
} as const

/** How a payment ended, in the words the service acts on. */
export type PaymentOutcome = 'in_progress' | 'success' | 'declined' | 'expired' | 'cancelled' | 'error'

const unfinished = new Set<PaymentStatus>(['created', 'started', 'submitted', 'capturable'])

export function isFinished(status: PaymentStatus): boolean {
  return !unfinished.has(status)
}

/**
 * GOV.UK Pay reports a user's cancel and an expiry as `failed` with a code, and a cancel by the
 * service as `cancelled`: this turns status and code into one outcome.
 */
export function outcomeOf(payment: Pick<PaymentDetails, 'status' | 'failureCode'>): PaymentOutcome {
  switch (payment.status) {
    case 'success':
      return 'success'
    case 'cancelled':
      return 'cancelled'
    case 'error':
      return 'error'
    case 'failed':
      if (payment.failureCode === failureCodes.expired) return 'expired'
      if (payment.failureCode === failureCodes.cancelledByUser) return 'cancelled'
      if (payment.failureCode === failureCodes.providerError) return 'error'
      return 'declined'
    default:
      return 'in_progress'
  }
}

/** The moment a payment created at `createdAt` expires. */
export function expiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + PAYMENT_EXPIRY_MINUTES * 60_000)
}

export function hasExpired(createdAt: Date, now: Date): boolean {
  return now.getTime() >= expiresAt(createdAt).getTime()
}

export function isValidAmount(pence: number): boolean {
  return Number.isSafeInteger(pence) && pence > 0 && pence <= MAX_PAYMENT_PENCE
}

/** A return URL the provider may send a user to: an absolute http(s) URL, or a path on this site. */
export function isValidReturnUrl(url: string): boolean {
  if (url.startsWith('/')) return !url.startsWith('//') && !url.includes('\\')
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:'
  } catch {
    return false
  }
}

/** The problems with a create-payment request, as short English codes for logs and errors; empty when fine. */
export function problemsWith(request: CreatePaymentRequest): string[] {
  const problems: string[] = []
  if (!isValidAmount(request.amountPence)) problems.push('amount')
  if (request.reference.trim() === '' || request.reference.length > MAX_REFERENCE_LENGTH) problems.push('reference')
  if (request.description.trim() === '' || request.description.length > MAX_DESCRIPTION_LENGTH)
    problems.push('description')
  if (!isValidReturnUrl(request.returnUrl)) problems.push('return_url')
  if (request.language !== 'en' && request.language !== 'cy') problems.push('language')
  return problems
}
