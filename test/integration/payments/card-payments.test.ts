import { expect } from 'chai'
import request from 'supertest'
import type { Database } from '../../../models/db.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { GovukPayStub, stubCard } from '../../support/govuk-pay-stub.ts'
import { cardForm, openSandboxPayment, paymentRequest, postForm } from '../../support/payment-sandbox.ts'

async function georgesCase(db: Database): Promise<{ clientId: number; caseId: number }> {
  const found = await db('cases').where({ case_number: '1200000101' }).first()
  return { clientId: found!.paying_parent_client_id, caseId: found!.id }
}

/** Pays the sandbox payment in a browser session with the given card, confirming it when authorised. */
async function payInSandbox(testApp: TestApp, cardNumber: string, amountPence: number): Promise<string> {
  const agent = request.agent(testApp.app)
  const opened = await openSandboxPayment(testApp, agent, { amountPence })
  await postForm(agent, opened.cardDetailsUrl, opened.html, cardForm({ cardNumber }))
  const next = await agent.get(opened.cardDetailsUrl)
  if (next.status === 303 && next.headers.location!.endsWith('/confirm')) {
    const confirmPage = await agent.get(next.headers.location!)
    await postForm(agent, next.headers.location!, confirmPage.text)
  }
  return opened.paymentId
}

describe('card payments from start to ledger, with the sandbox', () => {
  let testApp: TestApp
  let who: { clientId: number; caseId: number }
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    who = await georgesCase(testApp.database.db)
  })
  after(() => testApp.close())

  it('records a successful payment for the amount the provider took, once', async () => {
    const paymentId = await payInSandbox(testApp, '4444333322221111', 7350)
    const first = await testApp.deps.cardPayments.finish({ ...who, paymentId, reference: null })
    expect(first).to.deep.include({ outcome: 'success', recorded: true })
    const reloaded = await testApp.deps.cardPayments.finish({ ...who, paymentId, reference: null })
    expect(reloaded).to.deep.include({ outcome: 'success', recorded: false, ledgerEntryId: first.ledgerEntryId })
    const entries = await testApp.database.db('ledger_entries').where({ external_id: paymentId })
    expect(entries.map(entry => entry.amount_pence)).to.deep.equal([7350])
  })

  it('records nothing for a declined or unknown payment', async () => {
    const declined = await payInSandbox(testApp, '4000000000000002', 1000)
    expect(await testApp.deps.cardPayments.finish({ ...who, paymentId: declined, reference: null })).to.deep.include({
      outcome: 'declined',
      recorded: false,
    })
    const unknown = await testApp.deps.cardPayments.finish({ ...who, paymentId: 'a'.repeat(26), reference: null })
    expect(unknown).to.deep.include({ outcome: 'error', payment: undefined })
    expect(
      await testApp.database.db('ledger_entries').whereIn('external_id', [declined, 'a'.repeat(26)]),
    ).to.deep.equal([])
  })

  it('reports a payment still in progress without recording it', async () => {
    const created = await testApp.deps.cardPayments.start(paymentRequest())
    const result = await testApp.deps.cardPayments.finish({ ...who, paymentId: created.paymentId, reference: null })
    expect(result.outcome).to.equal('in_progress')
    expect(result.recorded).to.equal(false)
  })
})

describe('card payments from start to ledger, with GOV.UK Pay', () => {
  let stub: GovukPayStub
  let testApp: TestApp
  let who: { clientId: number; caseId: number }
  before(async () => {
    stub = await GovukPayStub.start()
    testApp = await createTestApp({
      demoData: true,
      config: { govukPayApiKey: stub.apiKey, govukPayApiUrl: stub.url },
    })
    who = await georgesCase(testApp.database.db)
  })
  after(async () => {
    await testApp.close()
    await stub.close()
  })

  it('sends the user to GOV.UK Pay and records the payment GOV.UK Pay took', async () => {
    const created = await testApp.deps.cardPayments.start(paymentRequest({ amountPence: 4200 }))
    expect(created.nextUrl).to.match(/^https:\/\/card\.payments\.service\.gov\.uk\/secure\//)
    stub.settle(created.paymentId, 'success', { card: stubCard })
    const result = await testApp.deps.cardPayments.finish({ ...who, paymentId: created.paymentId, reference: 'LO-77' })
    expect(result).to.deep.include({ outcome: 'success', recorded: true })
    expect(result.payment?.card).to.deep.equal({ brand: 'Visa', lastFour: '1111', expiry: '12/30' })
    const [entry] = await testApp.database.db('ledger_entries').where({ external_id: created.paymentId })
    expect(entry).to.deep.include({ amount_pence: 4200, reference: 'LO-77' })
  })

  it('acts on an expired payment without recording it', async () => {
    const created = await testApp.deps.cardPayments.start(paymentRequest())
    stub.settle(created.paymentId, 'failed', { code: 'P0020', message: 'Payment expired' })
    const result = await testApp.deps.cardPayments.finish({ ...who, paymentId: created.paymentId, reference: null })
    expect(result).to.deep.include({ outcome: 'expired', recorded: false })
  })
})
