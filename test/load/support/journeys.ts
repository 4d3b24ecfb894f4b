import { expect } from 'chai'
import { insertEnrolledClient } from '../../fixtures/clients.ts'
import { parseHtml } from '../../support/html.ts'
import { askedPositions, digitsFor } from '../../support/client-journeys.ts'
import { cardForm } from '../../support/payment-sandbox.ts'
import type { AppProcess } from '../../support/app-process.ts'
import { SessionBrowser, type Reply } from './session-browser.ts'
import type { SharedService } from './shared-service.ts'

export const CONTACT_PREFERENCE = '/client/my-details/contact/preference'

/** Sends each request to the next process in turn, as a round-robin load balancer with no stickiness. */
export class RoundRobin {
  private next = 0
  constructor(private readonly processes: AppProcess[]) {}

  url(path: string): string {
    const chosen = this.processes[this.next % this.processes.length]!
    this.next += 1
    return `${chosen.url}${path}`
  }
}

/** User ID, password, then the two PIN digits asked for: a signed-in client session. */
export async function signInClient(
  browser: SessionBrowser,
  to: RoundRobin,
  account: { userId: string; password: string },
  pin: string,
): Promise<void> {
  const passwordStep = await browser.submit(to.url('/client/sign-in'), account)
  expect(passwordStep.location, 'password step').to.equal('/client/sign-in/pin')
  const pinPage = await browser.get(to.url('/client/sign-in/pin'))
  const pinStep = await browser.post(
    to.url('/client/sign-in/pin'),
    pinPage.text,
    digitsFor(pin, askedPositions(pinPage.text)),
  )
  expect(pinStep.location, 'PIN step').to.equal('/client/home')
}

export interface ClientAtPreferenceForm {
  clientId: number
  browser: SessionBrowser
  /** The contact preference form, whose token a change is posted with. */
  form: Reply
}

/** A newly enrolled client signed in on `app`, with the contact preference form open in their language. */
export async function signedInAtPreferenceForm(
  service: SharedService,
  app: AppProcess,
  language: 'en' | 'cy',
): Promise<ClientAtPreferenceForm> {
  const { client, account, pin } = await insertEnrolledClient(service.database.db, service.deps.pinSecret)
  const browser = new SessionBrowser()
  await signInClient(browser, new RoundRobin([app]), account, pin)
  const form = await browser.get(`${app.url}${CONTACT_PREFERENCE}?lang=${language}`)
  expect(form.status, 'contact preference form').to.equal(200)
  return { clientId: client.id, browser, form }
}

export async function signInCaseworker(browser: SessionBrowser, to: RoundRobin, staffId = '35220900') {
  const response = await browser.submit(to.url('/caseworker/sign-in'), { staffId, password: 'Demo-staff-1' })
  expect(response.status, 'caseworker sign-in').to.equal(302)
}

/**
 * Pays `amount` by card on the sandbox's pages and loads the return page, which records the payment.
 * Returns the return page: "Payment successful" when the payment was taken and recorded.
 */
export async function payByCard(browser: SessionBrowser, to: RoundRobin, amount: string): Promise<Reply> {
  const started = await browser.submit(to.url('/client/make-a-payment'), { amount, acceptTerms: 'yes' })
  expect(started.status, 'payment started').to.equal(303)
  const opened = await browser.get(to.url(started.location!))
  const cardDetailsUrl = opened.location!
  const cardPage = await browser.get(to.url(cardDetailsUrl))
  await browser.post(to.url(cardDetailsUrl), cardPage.text, cardForm())
  const next = await browser.get(to.url(cardDetailsUrl))
  expect(next.status, 'card accepted').to.equal(303)
  const confirmPage = await browser.get(to.url(next.location!))
  const confirmed = await browser.post(to.url(next.location!), confirmPage.text)
  const back = await browser.get(to.url(confirmed.location!))
  return browser.get(to.url(back.location!))
}

export function paymentSucceeded(reply: Reply): boolean {
  return reply.status === 200 && parseHtml(reply.text)('.govuk-panel__title').text().trim() === 'Payment successful'
}
