import { expect } from 'chai'
import request from 'supertest'
import { insertEnrolledClient } from '../../fixtures/clients.ts'
import { signInWithPassword, submitForm, type Agent } from '../../support/client-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { parseHtml, textOf } from '../../support/html.ts'

describe('sign-in code by email (the accessible alternative to PIN digits)', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())
  // Each test starts in a new rate-limit window for this test machine's address.
  beforeEach(() => testApp.clock.advanceMinutes(16))

  async function atPinStep(fixture = {}) {
    const enrolled = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret, fixture)
    const agent = request.agent(testApp.app)
    await signInWithPassword(agent, enrolled.account.userId, enrolled.account.password)
    return { agent, client: enrolled.client }
  }

  async function sentCode(clientId: number): Promise<string> {
    const email = await testApp.database
      .db('outbound_messages')
      .where({ client_id: clientId, template: 'signInCode' })
      .orderBy('id', 'desc')
      .first()
    return /sign-in code is (\d{6})/.exec(email!.body)![1]!
  }

  async function requestCode(agent: Agent) {
    return submitForm(agent, '/client/sign-in/email-code', {})
  }

  it('emails a 6-digit code to the address on the case record and signs in with it', async () => {
    const { agent, client } = await atPinStep()
    const page = parseHtml((await agent.get('/client/sign-in/email-code')).text)
    expect(textOf(page, 'main')).to.contain('a••••••••••@example.com')
    expect((await requestCode(agent)).headers.location).to.equal('/client/sign-in/email-code/enter')
    const enter = parseHtml((await agent.get('/client/sign-in/email-code/enter')).text)
    expect(enter('#code').attr('autocomplete')).to.equal('one-time-code')
    expect(enter('#code').attr('inputmode')).to.equal('numeric')
    const email = await testApp.database.db('outbound_messages').where({ client_id: client.id }).first()
    expect(email!.recipient).to.equal('alex.morgan@example.com')
    expect(email!.subject).to.equal('Your Child Maintenance Service sign-in code')
    const stored = await testApp.database.db('sign_in_codes').where({ client_id: client.id }).first()
    expect(stored!.code_hash).not.to.contain(await sentCode(client.id))
    const response = await submitForm(agent, '/client/sign-in/email-code/enter', { code: await sentCode(client.id) })
    expect(response.headers.location).to.equal('/client/home')
    expect((await agent.get('/client/home')).status).to.equal(200)
  })

  it('uses each code once only', async () => {
    const { agent, client } = await atPinStep()
    await requestCode(agent)
    const code = await sentCode(client.id)
    await submitForm(agent, '/client/sign-in/email-code/enter', { code })
    const second = await testApp.database.db('sign_in_codes').where({ client_id: client.id }).first()
    expect(second!.used_at).not.to.equal(null)
  })

  it('sends the email in Welsh to a client using the site in Welsh', async () => {
    const { agent, client } = await atPinStep()
    await agent.get('/client/sign-in/email-code?lang=cy')
    await requestCode(agent)
    const email = await testApp.database.db('outbound_messages').where({ client_id: client.id }).first()
    expect(email!.language).to.equal('cy')
    expect(email!.subject).to.equal('Eich cod mewngofnodi ar gyfer y Gwasanaeth Cynhaliaeth Plant')
  })

  it('expires a code after 15 minutes', async () => {
    const { agent, client } = await atPinStep()
    await requestCode(agent)
    const code = await sentCode(client.id)
    testApp.clock.advanceMinutes(14)
    await agent.get('/client/sign-in/email-code/enter')
    testApp.clock.advanceMinutes(2)
    const response = await submitForm(agent, '/client/sign-in/email-code/enter', { code })
    expect(response.status).to.equal(400)
    expect(textOf(parseHtml(response.text), '.govuk-error-summary')).to.contain('has expired')
  })

  it('allows 5 tries per code', async () => {
    const { agent, client } = await atPinStep()
    await requestCode(agent)
    const code = await sentCode(client.id)
    const wrong = code === '000000' ? '111111' : '000000'
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await submitForm(agent, '/client/sign-in/email-code/enter', { code: wrong })
      expect(textOf(parseHtml(response.text), '.govuk-error-summary')).to.contain('The sign-in code is not right')
    }
    const sixth = await submitForm(agent, '/client/sign-in/email-code/enter', { code })
    expect(textOf(parseHtml(sixth.text), '.govuk-error-summary')).to.contain('has expired or been used too many times')
  })

  for (const [code, message] of [
    ['', 'Enter the sign-in code'],
    ['12345', 'Sign-in code must be 6 numbers'],
    ['12a456', 'Sign-in code must be 6 numbers'],
  ] as const) {
    it(`says "${message}"`, async () => {
      const { agent } = await atPinStep()
      await requestCode(agent)
      const response = await submitForm(agent, '/client/sign-in/email-code/enter', { code })
      expect(response.status).to.equal(400)
      expect(parseHtml(response.text)('.govuk-error-summary a[href="#code"]').text()).to.equal(message)
      expect(parseHtml(response.text)('#code').val()).to.equal(code)
    })
  }

  it('says so when there is no email address to send to', async () => {
    const { agent } = await atPinStep({ email: null })
    const page = parseHtml((await agent.get('/client/sign-in/email-code')).text)
    expect(textOf(page, 'main')).to.contain('We do not hold an email address for you')
    expect(page('form[action="/client/sign-in/email-code"]')).to.have.length(0)
  })

  it('limits how many codes are sent in an hour', async () => {
    const { agent } = await atPinStep()
    for (let sent = 1; sent <= 5; sent++) expect((await requestCode(agent)).status).to.equal(302)
    const sixth = await requestCode(agent)
    expect(sixth.status).to.equal(429)
    expect(textOf(parseHtml(sixth.text), 'main')).to.contain('You’ve asked for too many codes')
  })
})
