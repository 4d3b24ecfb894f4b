import {
  PaymentProviderError,
  paymentStatuses,
  type CreatedPayment,
  type CreatePaymentRequest,
  type PaymentDetails,
  type PaymentProvider,
  type PaymentStatus,
} from './payment-provider.ts'
import { isFinished, problemsWith } from './payment-rules.ts'

export const GOVUK_PAY_API_URL = 'https://publicapi.payments.service.gov.uk'

export interface GovukPayClientOptions {
  apiKey: string
  /** The API's origin; GOV.UK Pay's own unless a test points it at a stub. */
  baseUrl?: string
  timeoutMs?: number
}

/** The parts of GOV.UK Pay's payment resource this service reads. */
interface GovukPayPayment {
  payment_id?: unknown
  amount?: unknown
  reference?: unknown
  description?: unknown
  state?: { status?: unknown; finished?: unknown; code?: unknown }
  card_details?: { card_brand?: unknown; last_digits_card_number?: unknown; expiry_date?: unknown } | null
  _links?: { next_url?: { href?: unknown } | null }
}

interface GovukPayError {
  code?: unknown
  description?: unknown
}

const PAYMENT_ID = /^[A-Za-z0-9]{1,64}$/

/**
 * The real provider: GOV.UK Pay's public REST API (https://docs.payments.service.gov.uk/api_reference/),
 * authenticated with the service's API key as a bearer token. Only the card's brand, last four digits
 * and expiry are read back; the rest of card_details is ignored.
 */
export class GovukPayClient implements PaymentProvider {
  readonly name = 'govuk-pay' as const
  private readonly baseUrl: string
  private readonly timeoutMs: number

  constructor(private readonly options: GovukPayClientOptions) {
    this.baseUrl = (options.baseUrl ?? GOVUK_PAY_API_URL).replace(/\/+$/, '')
    this.timeoutMs = options.timeoutMs ?? 10_000
  }

  async createPayment(request: CreatePaymentRequest): Promise<CreatedPayment> {
    const problems = problemsWith(request)
    if (problems.length > 0) throw new PaymentProviderError(`The payment request is not valid: ${problems.join(', ')}`)
    const response = await this.send('POST', '/v1/payments', {
      amount: request.amountPence,
      reference: request.reference,
      description: request.description,
      return_url: request.returnUrl,
      language: request.language,
    })
    if (response.status !== 201) throw await failure(response, 'create a payment')
    const payment = (await readJson(response)) as GovukPayPayment
    const nextUrl = payment._links?.next_url?.href
    if (typeof payment.payment_id !== 'string' || typeof nextUrl !== 'string' || !/^https?:\/\//.test(nextUrl)) {
      throw new PaymentProviderError('GOV.UK Pay did not give a payment id and next URL', response.status)
    }
    return { paymentId: payment.payment_id, nextUrl, status: statusOf(payment) }
  }

  async getPayment(paymentId: string): Promise<PaymentDetails | undefined> {
    if (!PAYMENT_ID.test(paymentId)) return undefined
    const response = await this.send('GET', `/v1/payments/${paymentId}`)
    if (response.status === 404) return undefined
    if (response.status !== 200) throw await failure(response, 'look up a payment')
    return toDetails((await readJson(response)) as GovukPayPayment, paymentId)
  }

  private async send(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
    try {
      return await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${this.options.apiKey}`,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
        redirect: 'error',
      })
    } catch (error) {
      throw new PaymentProviderError(`GOV.UK Pay could not be reached: ${(error as Error).name}`)
    }
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json()
  } catch {
    throw new PaymentProviderError('GOV.UK Pay answered with something that is not JSON', response.status)
  }
}

async function failure(response: Response, action: string): Promise<PaymentProviderError> {
  let error: GovukPayError = {}
  try {
    error = (await response.json()) as GovukPayError
  } catch {
    // Not every failure has a JSON body (a proxy's 502, say): the status is enough.
  }
  const code = typeof error.code === 'string' ? error.code : undefined
  const description = typeof error.description === 'string' ? `: ${error.description}` : ''
  return new PaymentProviderError(
    `GOV.UK Pay refused to ${action} (HTTP ${response.status}${code ? `, ${code}` : ''})${description}`,
    response.status,
    code,
  )
}

function statusOf(payment: GovukPayPayment): PaymentStatus {
  const status = payment.state?.status
  if (typeof status === 'string' && (paymentStatuses as readonly string[]).includes(status))
    return status as PaymentStatus
  throw new PaymentProviderError(`GOV.UK Pay reported a payment status this service does not know: ${String(status)}`)
}

function toDetails(payment: GovukPayPayment, paymentId: string): PaymentDetails {
  if (payment.payment_id !== paymentId || typeof payment.amount !== 'number' || !Number.isSafeInteger(payment.amount)) {
    throw new PaymentProviderError('GOV.UK Pay answered with a payment that does not match the one asked for')
  }
  const status = statusOf(payment)
  const card = payment.card_details
  const brand = card?.card_brand
  const lastFour = card?.last_digits_card_number
  const expiry = card?.expiry_date
  return {
    paymentId,
    amountPence: payment.amount,
    reference: typeof payment.reference === 'string' ? payment.reference : '',
    description: typeof payment.description === 'string' ? payment.description : '',
    status,
    finished: isFinished(status),
    failureCode: typeof payment.state?.code === 'string' ? payment.state.code : null,
    card:
      typeof brand === 'string' && brand !== '' && typeof lastFour === 'string' && typeof expiry === 'string'
        ? { brand, lastFour, expiry }
        : null,
  }
}
