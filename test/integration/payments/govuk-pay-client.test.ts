import { expect } from 'chai'
import { GovukPayClient } from '../../../services/payments/govuk-pay-client.ts'
import { PaymentProviderError, type PaymentProvider } from '../../../services/payments/payment-provider.ts'
import { outcomeOf } from '../../../services/payments/payment-rules.ts'
import { GovukPayStub, stubCard } from '../../support/govuk-pay-stub.ts'
import { paymentRequest } from '../../support/payment-sandbox.ts'

async function refusal(action: () => Promise<unknown>): Promise<PaymentProviderError> {
  try {
    await action()
  } catch (error) {
    expect(error).to.be.instanceOf(PaymentProviderError)
    return error as PaymentProviderError
  }
  throw new Error('expected the call to fail')
}

describe('GOV.UK Pay client, against a stub of the API', () => {
  let stub: GovukPayStub
  let client: PaymentProvider
  before(async () => {
    stub = await GovukPayStub.start()
    client = new GovukPayClient({ apiKey: stub.apiKey, baseUrl: stub.url, timeoutMs: 500 })
  })
  after(() => stub.close())

  describe('creating a payment', () => {
    it('posts the payment as JSON with the API key as a bearer token, and gives back the id and next URL', async () => {
      const created = await client.createPayment(paymentRequest({ amountPence: 2550, language: 'cy' }))
      const sent = stub.requests.at(-1)!
      expect(sent).to.deep.include({ method: 'POST', path: '/v1/payments', authorization: `Bearer ${stub.apiKey}` })
      expect(sent.contentType).to.equal('application/json')
      expect(sent.body).to.deep.equal({
        amount: 2550,
        reference: 'CMS-1200000101',
        description: 'Child maintenance payment',
        return_url: '/client/make-a-payment/return',
        language: 'cy',
      })
      expect(created.paymentId).to.match(/^[a-z0-9]{26}$/)
      expect(created.nextUrl).to.equal(`https://card.payments.service.gov.uk/secure/${created.paymentId}-token`)
      expect(created.status).to.equal('created')
    })

    it('refuses a request it can tell is wrong without calling the API', async () => {
      const before = stub.requests.length
      for (const request of [
        paymentRequest({ amountPence: 0 }),
        paymentRequest({ amountPence: 10_000_001 }),
        paymentRequest({ amountPence: 12.5 }),
        paymentRequest({ reference: '' }),
        paymentRequest({ description: 'x'.repeat(256) }),
        paymentRequest({ returnUrl: 'javascript:alert(1)' }),
      ]) {
        await refusal(() => client.createPayment(request))
      }
      expect(stub.requests.length).to.equal(before)
    })

    it('reports the API’s own refusal with its status and error code', async () => {
      stub.answerNextWith(
        422,
        JSON.stringify({ field: 'amount', code: 'P0102', description: 'Invalid attribute value: amount' }),
      )
      const error = await refusal(() => client.createPayment(paymentRequest()))
      expect(error.status).to.equal(422)
      expect(error.code).to.equal('P0102')
      expect(error.message).to.contain('Invalid attribute value: amount')
    })

    it('never puts the API key in an error, even when the key is refused', async () => {
      const wrongKey = new GovukPayClient({ apiKey: 'api_test_wrong_secret', baseUrl: stub.url })
      const error = await refusal(() => wrongKey.createPayment(paymentRequest()))
      expect(error.status).to.equal(401)
      expect(error.message).not.to.contain('api_test_wrong_secret')
      expect(JSON.stringify(error)).not.to.contain('api_test_wrong_secret')
    })

    it('refuses an answer without a next URL', async () => {
      stub.answerNextWith(201, JSON.stringify({ payment_id: 'abc', state: { status: 'created' }, _links: {} }))
      await refusal(() => client.createPayment(paymentRequest()))
    })
  })

  describe('looking a payment up', () => {
    async function settled(status: string, options: Parameters<GovukPayStub['settle']>[2] = {}) {
      const created = await client.createPayment(paymentRequest())
      stub.settle(created.paymentId, status, options)
      return (await client.getPayment(created.paymentId))!
    }

    it('reads a success with only the card’s brand, last four digits and expiry', async () => {
      const payment = await settled('success', { card: stubCard })
      expect(payment).to.deep.equal({
        paymentId: payment.paymentId,
        amountPence: 5000,
        reference: 'CMS-1200000101',
        description: 'Child maintenance payment',
        status: 'success',
        finished: true,
        failureCode: null,
        card: { brand: 'Visa', lastFour: '1111', expiry: '12/30' },
      })
      const asText = JSON.stringify(payment)
      for (const dropped of ['444433', 'George Mills', 'High Street']) expect(asText).not.to.contain(dropped)
      expect(stub.requests.at(-1)).to.deep.include({ method: 'GET', authorization: `Bearer ${stub.apiKey}` })
      expect(outcomeOf(payment)).to.equal('success')
    })

    const endings: Array<[string, string | undefined, string]> = [
      ['created', undefined, 'in_progress'],
      ['started', undefined, 'in_progress'],
      ['submitted', undefined, 'in_progress'],
      ['failed', 'P0010', 'declined'],
      ['failed', 'P0020', 'expired'],
      ['failed', 'P0030', 'cancelled'],
      ['cancelled', 'P0040', 'cancelled'],
      ['error', 'P0050', 'error'],
    ]
    for (const [status, code, outcome] of endings) {
      it(`reads ${status}${code ? ` ${code}` : ''} as ${outcome}`, async () => {
        const payment = await settled(status, { code })
        expect(payment.status).to.equal(status)
        expect(payment.failureCode).to.equal(code ?? null)
        expect(outcomeOf(payment)).to.equal(outcome)
      })
    }

    it('gives nothing for a payment the API does not know, and does not ask about a malformed id', async () => {
      expect(await client.getPayment('abcdefghijklmnopqrstuvwxyz')).to.equal(undefined)
      const before = stub.requests.length
      expect(await client.getPayment('../v1/payments?state=success')).to.equal(undefined)
      expect(stub.requests.length).to.equal(before)
    })

    it('refuses a status it does not know and an answer for another payment', async () => {
      const created = await client.createPayment(paymentRequest())
      stub.settle(created.paymentId, 'teleported')
      await refusal(() => client.getPayment(created.paymentId))
      stub.answerNextWith(200, JSON.stringify({ payment_id: 'someoneelse', amount: 1, state: { status: 'success' } }))
      await refusal(() => client.getPayment(created.paymentId))
    })
  })

  describe('when GOV.UK Pay is not well', () => {
    it('reports a server error without a JSON body', async () => {
      stub.answerNextWith(502, '<html>Bad gateway</html>')
      const error = await refusal(() => client.getPayment('abcdefghijklmnopqrstuvwxyz'))
      expect(error.status).to.equal(502)
    })

    it('gives up after its time-out', async () => {
      stub.answerNextWith(200, '{}', 2000)
      const started = Date.now()
      const error = await refusal(() => client.getPayment('abcdefghijklmnopqrstuvwxyz'))
      expect(Date.now() - started).to.be.lessThan(1500)
      expect(error.message).to.contain('could not be reached')
    })

    it('reports a refused connection', async () => {
      const nowhere = new GovukPayClient({ apiKey: 'key', baseUrl: 'http://127.0.0.1:9' })
      await refusal(() => nowhere.getPayment('abcdefghijklmnopqrstuvwxyz'))
    })
  })
})
