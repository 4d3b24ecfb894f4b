import { expect } from 'chai'
import { parseHtml, textOf } from '../../support/html.ts'
import { signInDemoClient } from '../../support/demo-clients.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

/*
 * The demo data is dated around the test clock (23 November 2026): Ewan pays by Direct Debit and has
 * paid £50 more than agreed; George is three payments behind on one case; Sarah receives from Ewan;
 * Dev pays on a Direct Pay case and receives on a Collect & Pay case with one missed payment.
 */
describe('the signed-in home page, per role', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  async function homeOf(key: Parameters<typeof signInDemoClient>[1], query = '') {
    const { agent } = await signInDemoClient(testApp, key)
    const response = await agent.get(`/client/home${query}`)
    expect(response.status).to.equal(200)
    return parseHtml(response.text)
  }

  it('shows a paying parent their recent payments, the next three due, their status and "Make a payment"', async () => {
    const $ = await homeOf('ewan')
    expect($('[data-test="paying-parent"]')).to.have.length(1)
    expect($('[data-test="receiving-parent"]')).to.have.length(0)
    expect($('[data-test="direct-pay-note"]')).to.have.length(0)
    const recent = $('[data-test="recent-payments"] tbody tr')
    expect(recent).to.have.length(3)
    // Newest first, all within the last 12 months.
    expect(textOf($, '[data-test="recent-payments"] tbody tr:first-child td:first-child')).to.equal('10 November 2026')
    const next = $('[data-test="next-payments"] tbody tr')
    expect(next.map((_index, row) => $(row).find('td').first().text().trim()).get()).to.deep.equal([
      '10 December 2026',
      '10 January 2027',
      '10 February 2027',
    ])
    // £416.00 maintenance plus the 20% collection charge.
    expect(textOf($, '[data-test="next-payments"] tbody tr:first-child'))
      .to.contain('Direct Debit')
      .and.contain('£499.20')
    expect(textOf($, '[data-test="account-status"]')).to.equal(
      'You have paid a total of £50.00 more than you agreed for your cases. Thank you.',
    )
    expect($('a.govuk-button[href="/client/make-a-payment"]').text().trim()).to.equal('Make a payment')
  })

  it('tells a paying parent who has missed payments how far behind they are', async () => {
    const $ = await homeOf('george')
    // Three missed payments of £212.16 plus the £42.43 charge, on Kate's case.
    expect(textOf($, '[data-test="account-status"]')).to.equal(
      'You are £763.77 behind with your payments. Make a payment now to catch up.',
    )
    expect(textOf($, '[data-test="next-payments"] tbody tr:first-child')).to.contain('Deduction from Earnings Order')
  })

  it('shows a receiving parent the payments they can expect, with the 2-5 working days', async () => {
    const $ = await homeOf('sarah')
    expect($('[data-test="paying-parent"]')).to.have.length(0)
    expect($('a[href="/client/make-a-payment"]')).to.have.length(0)
    const cells = $('[data-test="expected-payments"] tbody tr:first-child td')
      .map((_index, cell) => $(cell).text().trim())
      .get()
    expect(cells).to.deep.equal(['Ellie', '10 December 2026 plus 2-5 working days', '£416.00', '£416.00'])
    expect(textOf($, '[data-test="receiving-parent"]')).to.contain('if the other parent pays us in full and on time')
  })

  it('shows a client who is both only the Collect & Pay payments, and says why', async () => {
    const $ = await homeOf('dev')
    expect(textOf($, '[data-test="direct-pay-note"]')).to.contain(
      'We can only show payment information for Collect & Pay cases',
    )
    // Dev pays on a Direct Pay case: no paying parent payments and no card payment.
    expect($('[data-test="paying-parent"]')).to.have.length(0)
    const cells = $('[data-test="expected-payments"] tbody tr:first-child td')
      .map((_index, cell) => $(cell).text().trim())
      .get()
    // One missed payment of £161.20 is still owed on top of the next one.
    expect(cells).to.deep.equal(['Maya', '5 December 2026 plus 2-5 working days', '£161.20', '£322.40'])
  })

  it('shows both roles’ sections to a client who pays on one Collect & Pay case and receives on another', async () => {
    const { db } = testApp.database
    await db('cases').where({ case_number: '1200000305' }).update({ service_type: 'collect_and_pay' })
    try {
      const { agent } = await signInDemoClient(testApp, 'dev')
      const $ = parseHtml((await agent.get('/client/home')).text)
      expect($('[data-test="paying-parent"]')).to.have.length(1)
      expect($('[data-test="receiving-parent"]')).to.have.length(1)
      expect($('[data-test="direct-pay-note"]')).to.have.length(0)
    } finally {
      await db('cases').where({ case_number: '1200000305' }).update({ service_type: 'direct_pay' })
    }
  })

  it('is in Welsh when asked', async () => {
    const $ = await homeOf('ewan', '?lang=cy')
    expect(textOf($, '#paying-heading')).to.equal('Taliadau rwy’n eu gwneud')
    expect(textOf($, '[data-test="next-payments"] tbody tr:first-child')).to.contain('Debyd Uniongyrchol')
  })

  it('sends anyone not signed in to sign in', async () => {
    const { default: request } = await import('supertest')
    const response = await request(testApp.app).get('/client/home')
    expect(response.status).to.equal(302)
    expect(response.headers.location).to.equal('/client/sign-in')
  })
})
