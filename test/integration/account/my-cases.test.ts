import { expect } from 'chai'
import request from 'supertest'
import { demoCaseId, signInDemoClient } from '../../support/demo-clients.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

describe('my cases, calculations and annual reviews', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  const caseCard = ($: ReturnType<typeof parseHtml>, caseNumber: string) =>
    $(`[data-test="case"][data-case-number="${caseNumber}"]`).text().replace(/\s+/g, ' ')

  it('shows a paying parent each case, naming the other parent and the children by first name only', async () => {
    const { agent } = await signInDemoClient(testApp, 'george')
    const response = await agent.get('/client/my-cases')
    expect(response.status).to.equal(200)
    const $ = parseHtml(response.text)
    expect($('[data-test="case"]')).to.have.length(2)
    const kate = caseCard($, '1200000101')
    expect(kate)
      .to.contain('Case year start date 14 June 2026')
      .and.contain('Annual review date 14 June 2027')
      .and.contain('Method of payment Deduction from Earnings Order')
      .and.contain('Qualifying children Kate')
      .and.contain('Receiving parent Cindy')
      .and.contain('Amount due £254.59')
      .and.contain('Last payment made £254.59 on 28 October 2026')
    expect(caseCard($, '1200000119')).to.contain('Receiving parent Lucy').and.contain('Qualifying children Sam')
    // Nothing else of the other parents: no surnames (Clarke, Ford, the children's too) or addresses.
    const main = textOf($, 'main')
    for (const detail of ['Clarke', 'Ford', 'Mills', 'cindy.clarke@example.com']) expect(main).not.to.contain(detail)
    const cindy = await testApp.database.db('clients').where({ first_name: 'Cindy' }).first()
    expect(main).not.to.contain(cindy!.address_postcode!)
    expect(main).not.to.contain(cindy!.address_line_1!)
  })

  it('shows a receiving parent their case with the paying parent’s first name and the amount they receive', async () => {
    const { agent } = await signInDemoClient(testApp, 'sarah')
    const $ = parseHtml((await agent.get('/client/my-cases')).text)
    expect(caseCard($, '1200000402'))
      .to.contain('You receive child maintenance for Ellie')
      .and.contain('Method of payment Direct payment')
      .and.contain('Paying parent Ewan')
      .and.contain('Amount due £416.00')
  })

  it('shows a client who is both each case in its role, with no payment figures on Direct Pay', async () => {
    const { agent } = await signInDemoClient(testApp, 'dev')
    const $ = parseHtml((await agent.get('/client/my-cases')).text)
    const directPay = caseCard($, '1200000305')
    expect(directPay).to.contain('Direct Pay case 1200000305').and.contain('Receiving parent Hannah')
    expect(directPay).not.to.contain('Amount due')
    expect(caseCard($, '1200000313')).to.contain('Paying parent Marcus').and.contain('Amount due £161.20')
    expect(textOf($, 'main')).not.to.contain('Wright').and.not.to.contain('Reid')
  })

  it('shows the paying parent their calculation in force, with their own income', async () => {
    const kate = await demoCaseId(testApp, '1200000101')
    const { agent } = await signInDemoClient(testApp, 'george')
    const $ = parseHtml((await agent.get(`/client/my-cases/${kate}/calculation`)).text)
    expect(textOf($, '[data-test="calculation"]'))
      .to.contain('Effective from 14 June 2024')
      .and.contain('Annual review')
      .and.contain('Your gross weekly income £680.00')
      .and.contain('Nights of shared care a year 52')
      .and.contain('Weekly amount £48.96')
  })

  it('never shows a receiving parent the paying parent’s income', async () => {
    const ewans = await demoCaseId(testApp, '1200000402')
    const { agent } = await signInDemoClient(testApp, 'sarah')
    const $ = parseHtml((await agent.get(`/client/my-cases/${ewans}/calculation`)).text)
    const calculation = textOf($, '[data-test="calculation"]')
    expect(calculation).to.contain('Weekly amount £96.00')
    expect(calculation).not.to.contain('income').and.not.to.contain('£800.00')
  })

  it('lists the calculation history, newest first, and the annual reviews', async () => {
    const kate = await demoCaseId(testApp, '1200000101')
    const { agent } = await signInDemoClient(testApp, 'george')
    const history = parseHtml((await agent.get(`/client/my-cases/${kate}/calculation-history`)).text)
    expect(
      history('[data-test="calculation-history"] tbody tr td:first-child')
        .map((_index, cell) => history(cell).text().trim())
        .get(),
    ).to.deep.equal(['14 June 2024', '14 June 2023', '14 June 2022'])
    const reviews = parseHtml((await agent.get('/client/my-cases/annual-reviews')).text)
    expect(textOf(reviews, 'main')).to.contain('Next annual review: 14 June 2027').and.contain('£52.00')
  })

  it('answers 404 for another client’s case, or a case id that is not one', async () => {
    const ewans = await demoCaseId(testApp, '1200000402')
    const { agent } = await signInDemoClient(testApp, 'george')
    for (const path of [
      `/client/my-cases/${ewans}/calculation`,
      `/client/my-cases/${ewans}/calculation-history`,
      '/client/my-cases/abc/calculation',
      '/client/my-cases/999999/calculation',
    ]) {
      const response = await agent.get(path)
      expect(response.status, path).to.equal(404)
      expect(response.text, path).not.to.contain('£96.00')
    }
  })

  it('is in Welsh when asked', async () => {
    const { agent } = await signInDemoClient(testApp, 'george')
    const $ = parseHtml((await agent.get('/client/my-cases?lang=cy')).text)
    expect(textOf($, 'h1')).to.equal('Fy achosion')
    expect(caseCard($, '1200000101')).to.contain('Rhiant sy’n derbyn Cindy')
  })

  it('is only for signed-in clients', async () => {
    for (const path of ['/client/my-cases', '/client/my-cases/1/calculation', '/client/my-cases/annual-reviews']) {
      expect((await request(testApp.app).get(path)).headers.location, path).to.equal('/client/sign-in')
    }
  })
})
