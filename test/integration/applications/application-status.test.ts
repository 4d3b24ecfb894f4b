import { expect } from 'chai'
import request from 'supertest'
import { signIn, type Agent } from '../../support/client-journeys.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../../support/html.ts'
import { signedInCaseworker } from '../../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

const NIA = { userId: '4085 3176 2945', password: 'Demo1234', pin: '2750461', crn: '121004000083' }

describe('application status', () => {
  let testApp: TestApp
  let nia: Agent
  let niaId: number
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    nia = request.agent(testApp.app)
    await signIn(nia, NIA.userId, NIA.password, NIA.pin)
    niaId = (await testApp.database.db('clients').where({ customer_reference_number: NIA.crn }).first())!.id
  })
  after(() => testApp.close())

  const statuses = async (lang = 'en') => {
    const $ = parseHtml((await nia.get(`/client/application?lang=${lang}`)).text)
    return $('.govuk-task-list__item')
      .toArray()
      .map(item => [
        $(item).find('.govuk-task-list__name-and-hint > :first-child').text().trim(),
        $(item).find('.govuk-task-list__status').text().trim(),
      ])
  }

  async function moveTo(fields: Record<string, string | string[]>) {
    const { agent } = await signedInCaseworker(testApp.app)
    const page = await agent.get(`/caseworker/clients/${niaId}/application`)
    return agent
      .post(`/caseworker/clients/${niaId}/application`)
      .type('form')
      .send({ _csrf: csrfTokenFrom(page.text), ...fields })
  }

  it('shows the applicant each stage, what is awaited and from whom, in English and Welsh', async () => {
    expect(await statuses()).to.deep.equal([
      ['Application received', 'Completed'],
      ['Gathering information', 'In progress'],
      ['Working out child maintenance', 'Not started yet'],
      ['Case set up', 'Not started yet'],
    ])
    const $ = parseHtml((await nia.get('/client/application')).text)
    expect($('main').text()).to.contain('We are waiting for you to send us:').and.contain('proof of your income')
    expect($('main').text()).to.contain('We are waiting for the other parent to give us:')
    expect(textOf($, 'h1')).to.equal('Your application')
    expect((await statuses('cy'))[1]).to.deep.equal(['Casglu gwybodaeth', 'Ar y gweill'])
  })

  it('sums up the stage on the home page with a link to the details', async () => {
    const $ = parseHtml((await nia.get('/client/home?lang=en')).text)
    expect(textOf($, '[data-test="application-summary"] p')).to.equal(
      'Your application is at this stage: Gathering information.',
    )
    expect($('[data-test="application-summary"] a').attr('href')).to.equal('/client/application')
  })

  it('has no application page for a client with no application', async () => {
    const ewan = request.agent(testApp.app)
    await signIn(ewan, '2061 2145 0971', 'Demo1234', '9753108')
    expect((await ewan.get('/client/application')).status).to.equal(404)
    expect(parseHtml((await ewan.get('/client/home')).text)('[data-test="application-summary"]')).to.have.length(0)
  })

  it('sends someone not signed in to sign in', async () => {
    const response = await request(testApp.app).get('/client/application')
    expect(response.status).to.equal(302)
    expect(response.headers.location).to.equal('/client/sign-in')
  })

  it('lets a caseworker move the application on, shown to the client at once and audit logged', async () => {
    testApp.clock.advanceMinutes(24 * 60)
    nia = request.agent(testApp.app)
    await signIn(nia, NIA.userId, NIA.password, NIA.pin)
    const moved = await moveTo({ stage: 'calculation' })
    expect(moved.status).to.equal(302)
    expect(moved.headers.location).to.equal(`/caseworker/clients/${niaId}`)
    expect((await statuses()).map(([, status]) => status)).to.deep.equal([
      'Completed',
      'Completed',
      'In progress',
      'Not started yet',
    ])
    const [entry] = await testApp.deps.auditLog.forSubject('client', niaId)
    expect(entry).to.deep.include({ action: 'application.stage_changed', actorType: 'staff', actorId: '35220900' })
    expect(JSON.stringify(entry!.details)).to.contain('"from":{"stage":"information_gathering"')
  })

  it('shows the set-up date and first payment date once the case is set up, and leaves the home page', async () => {
    const moved = await moveTo({
      stage: 'case_set_up',
      'firstPaymentOn-day': '8',
      'firstPaymentOn-month': '1',
      'firstPaymentOn-year': '2027',
    })
    expect(moved.status).to.equal(302)
    const text = parseHtml((await nia.get('/client/application?lang=en')).text)('main').text()
    expect(text).to.contain('Your case was set up on 24 November 2026.')
    expect(text).to.contain('The first payment is due on 8 January 2027.')
    expect(parseHtml((await nia.get('/client/home')).text)('[data-test="application-summary"]')).to.have.length(0)
  })

  for (const [fields, message] of [
    [{}, 'Select the stage the application has reached'],
    [{ stage: 'information_gathering', awaitedFromClient: 'a passport' }, 'Select only items from the list'],
    [{ stage: 'case_set_up' }, 'Enter the first payment date'],
    [
      { stage: 'case_set_up', 'firstPaymentOn-day': '30', 'firstPaymentOn-month': '2', 'firstPaymentOn-year': '2027' },
      'First payment date must be a real date',
    ],
  ] as const) {
    it(`says "${message}" and keeps what was typed`, async () => {
      const response = await moveTo(fields)
      expect(response.status).to.equal(400)
      const $ = parseHtml(response.text)
      expect(textOf($, '.govuk-error-summary__list')).to.equal(message)
      if ('firstPaymentOn-day' in fields) expect($('#firstPaymentOn-day').val()).to.equal('30')
    })
  }

  it('keeps the page from staff without a caseworker profile and from clients', async () => {
    const { agent } = await signedInCaseworker(testApp.app, '76834403')
    expect((await agent.get(`/caseworker/clients/${niaId}/application`)).status).to.not.equal(200)
    expect((await nia.get(`/caseworker/clients/${niaId}/application`)).status).to.equal(302)
    const { agent: caseworker } = await signedInCaseworker(testApp.app)
    expect((await caseworker.get('/caseworker/clients/999999/application')).status).to.equal(404)
  })
})
