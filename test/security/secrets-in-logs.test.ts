import { expect } from 'chai'
import request from 'supertest'
import { createLogger } from '../../services/logger.ts'
import { clientCookieOf, signIn, signInWithPassword } from '../support/client-journeys.ts'
import { openSandboxPayment, postForm, cardForm } from '../support/payment-sandbox.ts'
import { signedInCaseworker } from '../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { collectLines } from '../support/log-lines.ts'

/*
 * Nothing secret reaches a log line or an audit row: passwords, PINs and the digits given, session
 * ids and card details. The journeys that handle each secret run with logging at its most detailed, right and
 * wrong, and then every line logged and every audit row is searched for them.
 */

const CLIENT_PASSWORD = 'Demo1234'
const CLIENT_PIN = '9753108'
const STAFF_PASSWORD = 'Demo-staff-1'
const CARD_NUMBER = '4444333322221111'

describe('secrets in logs and audit rows', function () {
  this.timeout(60_000)
  const lines: string[] = []
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({
      demoData: true,
      overrides: { logger: createLogger({ logLevel: 'info' }, collectLines(lines)) },
    })
  })
  after(() => testApp.close())

  it('never records a password, PIN, session id or card number', async () => {
    const client = request.agent(testApp.app)
    await signInWithPassword(request.agent(testApp.app), '2061 2145 0971', 'Wrong-pass1')
    const signedIn = await signIn(client, '2061 2145 0971', CLIENT_PASSWORD, CLIENT_PIN)
    const sessionId = decodeURIComponent(clientCookieOf(signedIn).split('=')[1]!).replace(/^s:/, '').split('.')[0]!
    expect(sessionId, 'the session id to look for').to.have.length.greaterThan(20)
    await signedInCaseworker(testApp.app, '35220900', 'Not-the-password1')
    await signedInCaseworker(testApp.app)
    const payment = await openSandboxPayment(testApp, client)
    const paid = await postForm(client, payment.cardDetailsUrl, payment.html, cardForm())
    expect(paid.status).to.be.lessThan(400)

    const audit = JSON.stringify(await testApp.database.db('audit_log').select())
    const logged = lines.join('')
    expect(lines.length, 'lines were logged').to.be.greaterThan(5)
    for (const secret of [CLIENT_PASSWORD, 'Wrong-pass1', STAFF_PASSWORD, 'Not-the-password1', CLIENT_PIN, sessionId]) {
      expect(logged, `log lines hold ${secret}`).not.to.contain(secret)
      expect(audit, `audit rows hold ${secret}`).not.to.contain(secret)
    }
    for (const card of [CARD_NUMBER, '4444 3333 2222 1111']) {
      expect(logged).not.to.contain(card)
      expect(audit).not.to.contain(card)
    }
    expect(logged).not.to.match(/"(firstDigit|secondDigit|securityCode|cardNumber)":"\d/)
    expect(audit).not.to.match(/"(firstDigit|secondDigit|securityCode|cardNumber)":"\d/)
  })
})
