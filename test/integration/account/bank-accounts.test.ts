import { expect } from 'chai'
import request from 'supertest'
import { AccountNumberSecret } from '../../../services/bank-details/account-number-secret.ts'
import type { Agent } from '../../support/client-journeys.ts'
import { signInDemoClient } from '../../support/demo-clients.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../../support/html.ts'
import { postForm } from '../../support/payment-sandbox.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

const DD = '/client/my-payments/direct-debit'
const DP = '/client/my-payments/direct-payment'
const good = { accountName: 'George Mills', sortCode: '08-99-99', accountNumber: '66374958', collectionDay: '15' }

async function submit(agent: Agent, path: string, fields: Record<string, string>) {
  const page = await agent.get(path)
  return postForm(agent, path, page.text, fields)
}

describe('Direct Debit and direct payment bank accounts', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  async function confirm(agent: Agent, journey: string) {
    const check = await agent.get(`${journey}/check`)
    expect(check.status).to.equal(200)
    const done = await agent
      .post(`${journey}/check`)
      .type('form')
      .send({ _csrf: csrfTokenFrom(check.text) })
    expect(done.status).to.equal(303)
    expect(done.headers.location).to.equal(`${journey}/confirmation`)
    return { check: parseHtml(check.text), done: parseHtml((await agent.get(done.headers.location!)).text) }
  }

  it('lets a paying parent paying by Deduction from Earnings set up a Direct Debit, stored pending with a service request', async () => {
    const { agent, clientId } = await signInDemoClient(testApp, 'george')
    const form = parseHtml((await agent.get(DD)).text)
    expect(textOf(form, 'h1')).to.equal('Set up a Direct Debit')
    expect(textOf(form, '[data-test="direct-debit-guarantee"]')).to.contain('full and immediate refund')
    expect(form('form[novalidate] input[name="_csrf"]')).to.have.length(1)
    expect(form('#accountName').attr('autocomplete')).to.equal('name')

    const posted = await submit(agent, DD, good)
    expect(posted.status).to.equal(303)
    const { check, done } = await confirm(agent, DD)
    expect(textOf(check, '[data-test="check-answers"]'))
      .to.contain('08-99-99')
      .and.contain('Account ending in 4958')
      .and.contain('Day 15 of each month')
    expect(check.html()).not.to.contain('66374958')
    expect(textOf(done, '.govuk-panel__body')).to.match(/SR-[A-Z0-9]{8}/)

    const { db } = testApp.database
    const account = await db('bank_accounts').where({ client_id: clientId }).first()
    expect(account).to.deep.include({
      purpose: 'direct_debit',
      status: 'pending',
      sort_code: '089999',
      collection_day: 15,
    })
    expect(account!.account_number_ciphertext).not.to.contain('66374958')
    const secret = new AccountNumberSecret(testApp.deps.config.bankDetailsEncryptionKey)
    const binding = { customerReferenceNumber: '121003957455', purpose: 'direct_debit' as const, sortCode: '089999' }
    expect(secret.decrypt(account!.account_number_ciphertext, binding)).to.equal('66374958')
    const serviceRequest = await db('service_requests').where({ client_id: clientId }).first()
    expect(serviceRequest!.request_type).to.equal('new_direct_debit')
    expect(JSON.parse(serviceRequest!.requested_change)).to.deep.equal({
      bankAccountId: account!.id,
      accountName: account!.account_name,
      sortCode: '089999',
      accountNumberEnding: '4958',
      collectionDay: 15,
    })
    expect(serviceRequest!.requested_change).not.to.contain('66374958')
    const audit = await db('audit_log').where({
      action: 'bank_account.change_requested',
      subject_id: String(account!.id),
    })
    expect(audit).to.have.length(1)
    expect(audit[0]!.details).not.to.contain('66374958')
  })

  it('lets a paying parent who pays by Direct Debit amend it', async () => {
    const { agent, clientId } = await signInDemoClient(testApp, 'ewan')
    expect(textOf(parseHtml((await agent.get(DD)).text), 'h1')).to.equal('Change your Direct Debit')
    await submit(agent, DD, { ...good, accountName: 'Ewan Jones' })
    await confirm(agent, DD)
    const serviceRequest = await testApp.database.db('service_requests').where({ client_id: clientId }).first()
    expect(serviceRequest!.request_type).to.equal('amend_direct_debit')
  })

  it('explains why not to a paying parent with another method of payment, and refuses the form', async () => {
    const { db } = testApp.database
    await db('cases').whereIn('case_number', ['1200000101']).update({ method_of_payment: 'standing_order' })
    try {
      const { agent, clientId } = await signInDemoClient(testApp, 'george')
      const page = await agent.get(DD)
      expect(textOf(parseHtml(page.text), '[data-test="not-eligible"]')).to.equal(
        'You cannot set up a Direct Debit online because you already pay by Standing order.',
      )
      expect(parseHtml(page.text)('#accountNumber')).to.have.length(0)
      const before = await db('bank_accounts').where({ client_id: clientId })
      const refused = await postForm(agent, DD, page.text, good)
      expect(refused.status).to.equal(403)
      expect(await db('bank_accounts').where({ client_id: clientId })).to.deep.equal(before)
    } finally {
      await db('cases')
        .whereIn('case_number', ['1200000101'])
        .update({ method_of_payment: 'deduction_from_earnings_order' })
    }
  })

  it('offers a receiving parent direct payment, not a Direct Debit', async () => {
    const { agent, clientId } = await signInDemoClient(testApp, 'sarah')
    expect(textOf(parseHtml((await agent.get(DD)).text), '[data-test="not-eligible"]')).to.contain(
      'only set up a Direct Debit if you pay',
    )
    const form = parseHtml((await agent.get(DP)).text)
    expect(form('#collectionDay')).to.have.length(0)
    expect(form('[data-test="direct-debit-guarantee"]')).to.have.length(0)
    expect(
      (await submit(agent, DP, { accountName: 'Sarah Jones', sortCode: '107999', accountNumber: '88837491' })).status,
    ).to.equal(303)
    await confirm(agent, DP)
    const serviceRequest = await testApp.database.db('service_requests').where({ client_id: clientId }).first()
    expect(serviceRequest!.request_type).to.equal('direct_payment_account')
  })

  it('offers a client who is both (paying on Direct Pay) direct payment only', async () => {
    const { agent } = await signInDemoClient(testApp, 'dev')
    expect(parseHtml((await agent.get(DD)).text)('[data-test="not-eligible"]')).to.have.length(1)
    expect(parseHtml((await agent.get(DP)).text)('#accountNumber')).to.have.length(1)
  })

  const invalid: Array<[string, Record<string, string>, string, string]> = [
    ['no name', { accountName: '' }, 'accountName', 'Enter the name on the account'],
    ['a sort code that is not one', { sortCode: '12-34' }, 'sortCode', 'Enter a valid sort code like 309430'],
    [
      'a short account number',
      { accountNumber: '12345' },
      'accountNumber',
      'Account number must be between 6 and 8 digits',
    ],
    [
      'an account that fails the modulus check',
      { accountNumber: '66374959' },
      'accountNumber',
      'Enter a valid combination of sort code and account number',
    ],
    ['no collection day', { collectionDay: '' }, 'collectionDay', 'Enter the day of the month to collect payments'],
    [
      'a collection day after the 28th',
      { collectionDay: '31' },
      'collectionDay',
      'Day of the month must be a number from 1 to 28',
    ],
  ]
  for (const [what, change, field, message] of invalid) {
    it(`says what is wrong with ${what}, keeping what was typed`, async () => {
      const { agent } = await signInDemoClient(testApp, 'george')
      const response = await submit(agent, DD, { ...good, ...change })
      expect(response.status).to.equal(400)
      const $ = parseHtml(response.text)
      expect($(`.govuk-error-summary a[href="#${field}"]`).text().trim()).to.equal(message)
      expect($('#accountName').val()).to.equal(change.accountName ?? good.accountName)
      expect($('#sortCode').val()).to.equal(change.sortCode ?? good.sortCode)
    })
  }

  it('sends anyone to the form who reaches the check or confirmation page without answers', async () => {
    const { agent } = await signInDemoClient(testApp, 'george')
    expect((await agent.get(`${DD}/check`)).headers.location).to.equal(DD)
    expect((await agent.get(`${DD}/confirmation`)).headers.location).to.equal(DD)
    expect((await agent.get(`${DP}/check`)).headers.location).to.equal(DP)
  })

  it('makes a pending account active when a caseworker completes the request, retiring the one before', async () => {
    const { db } = testApp.database
    const { agent, clientId } = await signInDemoClient(testApp, 'sarah')
    for (const accountNumber of ['88837491', '88837491']) {
      await submit(agent, DP, { accountName: 'Sarah Jones', sortCode: '107999', accountNumber })
      await confirm(agent, DP)
    }
    const [first, second] = await db('bank_accounts').where({ client_id: clientId, status: 'pending' }).orderBy('id')
    expect(await db.transaction(trx => testApp.deps.bankAccounts.activate(first!.id, trx))).to.equal(true)
    expect(await db.transaction(trx => testApp.deps.bankAccounts.activate(second!.id, trx))).to.equal(true)
    const statuses = await db('bank_accounts').whereIn('id', [first!.id, second!.id]).orderBy('id').pluck('status')
    expect(statuses).to.deep.equal(['retired', 'active'])
    // Only a pending account can be activated.
    expect(await db.transaction(trx => testApp.deps.bankAccounts.activate(first!.id, trx))).to.equal(false)
    const page = parseHtml((await agent.get(DP)).text)
    expect(textOf(page, 'h1')).to.equal('Change the account we pay your child maintenance into')
    expect(textOf(page, '[data-test="current-account"]')).to.contain('ending in 7491')
  })

  it('is in Welsh when asked', async () => {
    const { agent } = await signInDemoClient(testApp, 'george')
    expect(textOf(parseHtml((await agent.get(`${DD}?lang=cy`)).text), 'h1')).to.equal('Trefnu Debyd Uniongyrchol')
  })

  it('is only for signed-in clients', async () => {
    for (const path of [DD, `${DD}/check`, DP, `${DP}/confirmation`]) {
      expect((await request(testApp.app).get(path)).headers.location, path).to.equal('/client/sign-in')
    }
  })
})
