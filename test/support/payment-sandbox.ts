import { expect } from 'chai'
import type request from 'supertest'
import type { CreatePaymentRequest } from '../../services/payments/payment-provider.ts'
import type { TestApp } from './test-app.ts'
import { submitForm } from './client-journeys.ts'
import { csrfTokenFrom } from './html.ts'
import { followRedirects } from './redirects.ts'

export const RETURN_URL = '/client/make-a-payment/return'

export function paymentRequest(overrides: Partial<CreatePaymentRequest> = {}): CreatePaymentRequest {
  return {
    amountPence: 5000,
    reference: 'CMS-1200000101',
    description: 'Child maintenance payment',
    returnUrl: RETURN_URL,
    language: 'en',
    ...overrides,
  }
}

/** A good set of card details; any field can be changed. */
export function cardForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    cardNumber: '4444 3333 2222 1111',
    expiryMonth: '12',
    expiryYear: '30',
    cardholderName: 'George Mills',
    securityCode: '123',
    addressLine1: '1 High Street',
    addressLine2: '',
    addressCity: 'Leeds',
    addressPostcode: 'LS1 4AB',
    ...overrides,
  }
}

export interface OpenedPayment {
  paymentId: string
  cardDetailsUrl: string
  /** The card details page's HTML. */
  html: string
}

/** Creates a sandbox payment and opens its card details page in the agent's browser session. */
export async function openSandboxPayment(
  testApp: TestApp,
  agent: request.Agent,
  overrides: Partial<CreatePaymentRequest> = {},
): Promise<OpenedPayment> {
  const created = await testApp.deps.paymentProvider.createPayment(paymentRequest(overrides))
  const opened = await agent.get(created.nextUrl)
  expect(opened.status).to.equal(303)
  const cardDetailsUrl = opened.headers.location!
  const page = await agent.get(cardDetailsUrl)
  expect(page.status).to.equal(200)
  return { paymentId: created.paymentId, cardDetailsUrl, html: page.text }
}

/** Posts a form the way a browser would: with the CSRF token of the page it came from. */
export function postForm(agent: request.Agent, url: string, html: string, fields: Record<string, string> = {}) {
  return agent
    .post(url)
    .type('form')
    .send({ _csrf: csrfTokenFrom(html), ...fields })
}

/**
 * A caseworker takes a card payment over the phone for a client's case: the amount, then the
 * provider's card details and confirm pages. Returns the return page, loaded once (loading it records
 * the payment), and its URL.
 */
export async function takeTelephonePayment(agent: request.Agent, clientId: number, caseId: number, amount: string) {
  const started = await submitForm(agent, `/caseworker/clients/${clientId}/telephone-payment`, {
    caseId: String(caseId),
    amount,
  })
  expect(started.status, 'payment started').to.equal(303)
  const cardPage = await followRedirects(agent, started.headers.location!)
  const submitted = await postForm(agent, cardPage.url, cardPage.response.text, cardForm())
  const confirmPage = await followRedirects(agent, submitted.headers.location!)
  const confirmed = await postForm(agent, confirmPage.url, confirmPage.response.text)
  return followRedirects(agent, confirmed.headers.location!)
}
