import { randomBytes } from 'node:crypto'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/*
 * A local stand-in for GOV.UK Pay's public API (POST /v1/payments, GET /v1/payments/{id}), answering
 * as the API reference describes, so the real client can be tested without the network. Tests move
 * payments on with `settle` and can make the next answer fail or hang.
 */

export interface StubCardDetails {
  card_brand: string
  last_digits_card_number: string
  first_digits_card_number: string
  cardholder_name: string
  expiry_date: string
  card_type: string
  billing_address: Record<string, string>
}

interface StubPayment {
  payment_id: string
  amount: number
  reference: string
  description: string
  return_url: string
  language: string
  created_date: string
  state: { status: string; finished: boolean; code?: string; message?: string }
  card_details?: StubCardDetails
}

export interface RecordedRequest {
  method: string
  path: string
  authorization: string | undefined
  contentType: string | undefined
  body: unknown
}

export const stubCard: StubCardDetails = {
  card_brand: 'Visa',
  last_digits_card_number: '1111',
  first_digits_card_number: '444433',
  cardholder_name: 'George Mills',
  expiry_date: '12/30',
  card_type: 'debit',
  billing_address: { line1: '1 High Street', line2: '', postcode: 'LS1 4AB', city: 'Leeds', country: 'GB' },
}

const finishedStatuses = new Set(['success', 'failed', 'cancelled', 'error'])

export class GovukPayStub {
  readonly requests: RecordedRequest[] = []
  private readonly payments = new Map<string, StubPayment>()
  private nextAnswer: { status: number; body: string; delayMs?: number } | undefined

  private constructor(
    private readonly server: http.Server,
    readonly apiKey: string,
  ) {}

  static async start(apiKey = 'api_test_stub_key'): Promise<GovukPayStub> {
    const server = http.createServer()
    const stub = new GovukPayStub(server, apiKey)
    server.on('request', (req, res) => void stub.handle(req, res))
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    return stub
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  /** Moves a payment to a new state, as the user's actions on GOV.UK Pay's pages would. */
  settle(paymentId: string, status: string, options: { code?: string; message?: string; card?: StubCardDetails } = {}) {
    const payment = this.payments.get(paymentId)
    if (!payment) throw new Error(`No stub payment ${paymentId}`)
    payment.state = { status, finished: finishedStatuses.has(status), code: options.code, message: options.message }
    if (options.card) payment.card_details = options.card
  }

  /** The next request gets this answer instead, after an optional delay. */
  answerNextWith(status: number, body: string, delayMs?: number): void {
    this.nextAnswer = { status, body, delayMs }
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise(resolve => this.server.close(() => resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req)
    const body: unknown = raw === '' ? undefined : JSON.parse(raw)
    const path = req.url ?? '/'
    this.requests.push({
      method: req.method ?? '',
      path,
      authorization: req.headers.authorization,
      contentType: req.headers['content-type'],
      body,
    })

    if (this.nextAnswer) {
      const { status, body: answer, delayMs } = this.nextAnswer
      this.nextAnswer = undefined
      if (delayMs) await new Promise(resolve => setTimeout(resolve, delayMs))
      if (!res.destroyed) res.writeHead(status, { 'Content-Type': 'application/json' }).end(answer)
      return
    }
    if (req.headers.authorization !== `Bearer ${this.apiKey}`) {
      send(res, 401, { code: 'P0920', description: 'Credentials are required to access this resource' })
      return
    }
    if (req.method === 'POST' && path === '/v1/payments') {
      this.create(res, body as Record<string, unknown>)
      return
    }
    const match = /^\/v1\/payments\/([^/]+)$/.exec(path)
    if (req.method === 'GET' && match) {
      const payment = this.payments.get(decodeURIComponent(match[1]!))
      if (payment) send(res, 200, this.resource(payment))
      else send(res, 404, { code: 'P0200', description: 'Not found' })
      return
    }
    send(res, 404, { code: 'P0200', description: 'Not found' })
  }

  private create(res: ServerResponse, body: Record<string, unknown>): void {
    const amount = body.amount
    if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 1 || amount > 10_000_000) {
      send(res, 422, {
        field: 'amount',
        code: 'P0102',
        description: 'Invalid attribute value: amount. Must be less than or equal to 10000000',
      })
      return
    }
    for (const field of ['reference', 'description', 'return_url']) {
      if (typeof body[field] !== 'string' || body[field] === '') {
        send(res, 400, { field, code: 'P0101', description: `Missing mandatory attribute: ${field}` })
        return
      }
    }
    const payment: StubPayment = {
      payment_id: randomBytes(13).toString('hex'),
      amount,
      reference: body.reference as string,
      description: body.description as string,
      return_url: body.return_url as string,
      language: typeof body.language === 'string' ? body.language : 'en',
      created_date: new Date().toISOString(),
      state: { status: 'created', finished: false },
    }
    this.payments.set(payment.payment_id, payment)
    send(res, 201, this.resource(payment))
  }

  private resource(payment: StubPayment): Record<string, unknown> {
    const self = `${this.url}/v1/payments/${payment.payment_id}`
    return {
      ...payment,
      payment_provider: 'sandbox',
      delayed_capture: false,
      moto: false,
      _links: {
        self: { href: self, method: 'GET' },
        next_url: payment.state.finished
          ? null
          : { href: `https://card.payments.service.gov.uk/secure/${payment.payment_id}-token`, method: 'GET' },
        events: { href: `${self}/events`, method: 'GET' },
      },
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))
}
