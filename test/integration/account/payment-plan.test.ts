import { expect } from 'chai'
import request from 'supertest'
import { demoCaseId, signInDemoClient } from '../../support/demo-clients.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

const PLAN = '/client/my-payments/payment-plan'

describe('my payments and my payment plan', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  async function pageFor(key: Parameters<typeof signInDemoClient>[1], path: string) {
    const { agent } = await signInDemoClient(testApp, key)
    const response = await agent.get(path)
    return { response, $: parseHtml(response.text), agent }
  }

  const cellsOf = ($: ReturnType<typeof parseHtml>, selector: string) =>
    $(selector)
      .map((_index, cell) => $(cell).text().trim())
      .get()

  it('offers a paying parent a payment, the plan, and the menu item', async () => {
    const { response, $ } = await pageFor('ewan', '/client/my-payments')
    expect(response.status).to.equal(200)
    const links = $('[data-test="my-payments-links"] a')
      .map((_index, link) => $(link).attr('href'))
      .get()
    expect(links).to.include.members(['/client/make-a-payment', PLAN])
    expect(cellsOf($, '.govuk-service-navigation__item a')).to.include.members(['Home', 'My payments', 'My cases'])
    expect($('.govuk-service-navigation__item--active a').text().trim()).to.equal('My payments')
  })

  it('offers a receiving parent the plan but no payment', async () => {
    const { $ } = await pageFor('sarah', '/client/my-payments')
    const links = $('[data-test="my-payments-links"] a')
      .map((_index, link) => $(link).attr('href'))
      .get()
    expect(links).to.include(PLAN)
    expect(links).not.to.include('/client/make-a-payment')
  })

  it('shows a paying parent’s plan a page at a time, with the collection charge and the balance', async () => {
    const { response, $, agent } = await pageFor('ewan', PLAN)
    expect(response.status).to.equal(200)
    const caseId = await demoCaseId(testApp, '1200000402')
    expect(textOf($, '[data-test="plan-summary"]'))
      .to.contain('Case 1200000402 (Ellie)')
      .and.contain('10 November 2026 to 10 November 2027')
      .and.contain('£50.00 in credit')
    expect($('[data-test="plan-items"] tbody tr')).to.have.length(12)
    expect(cellsOf($, '[data-test="plan-items"] tbody tr:first-child td')).to.deep.equal([
      '10 December 2024',
      'Direct Debit',
      // Before the 2025 annual review: £301.60 a month plus the 20% charge.
      '£60.32',
      '£361.92',
    ])
    expect($('.govuk-pagination__next a').attr('href')).to.equal(`${PLAN}?case=${caseId}&page=2`)
    expect($('.govuk-pagination__prev')).to.have.length(0)

    const last = parseHtml((await agent.get(`${PLAN}?case=${caseId}&page=3`)).text)
    expect(cellsOf(last, '[data-test="plan-items"] tbody tr:last-child td')[0]).to.equal('10 November 2027')
    expect(last('.govuk-pagination__next')).to.have.length(0)
    expect(last('.govuk-pagination__item--current').text().trim()).to.equal('3')
    // A page that does not exist shows the first.
    const outOfRange = parseHtml((await agent.get(`${PLAN}?case=${caseId}&page=99`)).text)
    expect(outOfRange('.govuk-pagination__item--current').text().trim()).to.equal('1')
  })

  it('prints the whole plan on one page without pagination', async () => {
    const caseId = await demoCaseId(testApp, '1200000402')
    const { response, $ } = await pageFor('ewan', `${PLAN}/print?case=${caseId}`)
    expect(response.status).to.equal(200)
    expect($('[data-test="plan-items"] tbody tr')).to.have.length(36)
    expect($('.govuk-pagination')).to.have.length(0)
    expect(textOf($, '[data-test="print-for"]')).to.contain('1210 0400 0034')
  })

  it('shows a receiving parent what they can expect, without the paying parent’s charge', async () => {
    const { $ } = await pageFor('sarah', PLAN)
    expect(textOf($, '[data-test="plan-summary"]')).to.contain('Still owed to you').and.contain('£0.00')
    expect(cellsOf($, '[data-test="plan-items"] thead th')).to.deep.equal(['Due date', 'Amount expected'])
    expect(cellsOf($, '[data-test="plan-items"] tbody tr:first-child td')).to.deep.equal([
      '10 December 2024',
      '£301.60',
    ])
  })

  it('switches between a client’s cases, and shows the arrears on the one behind', async () => {
    const kate = await demoCaseId(testApp, '1200000101')
    const { $ } = await pageFor('george', `${PLAN}?case=${kate}`)
    expect($('[data-test="plan-cases"] a')).to.have.length(1)
    expect(textOf($, '[data-test="plan-summary"]')).to.contain('£763.77 owed')
  })

  it('shows a client who is both only their Collect & Pay case', async () => {
    const directPay = await demoCaseId(testApp, '1200000305')
    const { $, agent } = await pageFor('dev', PLAN)
    expect(textOf($, '[data-test="plan-summary"]')).to.contain('Case 1200000313 (Maya)').and.contain('£161.20')
    expect((await agent.get(`${PLAN}?case=${directPay}`)).status).to.equal(404)
  })

  it('answers 404 for another client’s case or a case id that is not a number', async () => {
    const ewans = await demoCaseId(testApp, '1200000402')
    const { agent } = await signInDemoClient(testApp, 'george')
    for (const path of [`${PLAN}?case=${ewans}`, `${PLAN}/print?case=${ewans}`, `${PLAN}?case=abc`]) {
      const response = await agent.get(path)
      expect(response.status, path).to.equal(404)
      expect(response.text, path).not.to.contain('Ellie')
    }
  })

  it('is in Welsh when asked', async () => {
    const { $ } = await pageFor('ewan', `${PLAN}?lang=cy`)
    expect(textOf($, 'h1')).to.equal('Fy nghynllun talu')
    expect(textOf($, '.govuk-pagination__next')).to.contain('Nesaf')
  })

  it('is only for signed-in clients', async () => {
    for (const path of ['/client/my-payments', PLAN, `${PLAN}/print`]) {
      expect((await request(testApp.app).get(path)).headers.location, path).to.equal('/client/sign-in')
    }
  })
})
