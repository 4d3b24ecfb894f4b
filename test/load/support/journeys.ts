import { expect } from 'chai'
import { parseHtml } from '../../support/html.ts'
import { askedPositions, digitsFor } from '../../support/client-journeys.ts'
import { cardForm } from '../../support/payment-sandbox.ts'
import type { AppProcess } from '../../support/app-process.ts'
import type { Reply, SessionBrowser } from './session-browser.ts'

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
