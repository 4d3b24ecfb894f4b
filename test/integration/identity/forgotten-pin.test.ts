import { expect } from 'chai'
import request from 'supertest'
import { insertEnrolledClient } from '../../fixtures/clients.ts'
import { askedPositions, digitsFor, signInWithPassword, submitForm, type Agent } from '../../support/client-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import type { ClientRow } from '../../../types/knex-tables.d.ts'

/** The answers to the questions on the page, worked out from the client's record as the client would. */
function rightAnswers(html: string, client: ClientRow): Record<string, string> {
  const $ = parseHtml(html)
  const [day, month, year] = client.date_of_birth.split('-').reverse()
  const sources: Record<string, string> = {
    'Customer Reference Number': client.customer_reference_number,
    'National Insurance number': client.national_insurance_number ?? '',
    'date of birth': `${day}${month}${year}`,
  }
  const answers: Record<string, string> = {}
  for (const field of ['firstAnswer', 'secondAnswer']) {
    const label = $(`label[for="${field}"]`).text().trim()
    const position = Number.parseInt(label, 10)
    const source = Object.entries(sources).find(([name]) => label.endsWith(name))![1]
    answers[field] = source.charAt(position - 1).toLowerCase()
  }
  return answers
}

describe('forgotten PIN', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  async function atQuestions(
    fixture = {},
  ): Promise<{ agent: Agent; client: ClientRow; account: { userId: string; password: string } }> {
    const enrolled = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret, fixture)
    const agent = request.agent(testApp.app)
    await signInWithPassword(agent, enrolled.account.userId, enrolled.account.password)
    return { agent, client: enrolled.client, account: enrolled.account }
  }

  it('asks a character of the Customer Reference Number and of the NINO or date of birth, the same each time', async () => {
    const { agent, client } = await atQuestions()
    const first = parseHtml((await agent.get('/client/sign-in/forgotten-pin')).text)
    const labels = first('label')
      .map((_index, label) => first(label).text().trim())
      .get()
    expect(labels[0]).to.match(/^\d{1,2}(st|nd|rd|th) character of your Customer Reference Number$/)
    expect(labels[1]).to.match(
      /^\d(st|nd|rd|th) (character of your National Insurance number|digit of your date of birth)$/,
    )
    const again = parseHtml((await agent.get('/client/sign-in/forgotten-pin')).text)
    expect(
      again('label')
        .map((_index, label) => again(label).text().trim())
        .get(),
    ).to.deep.equal(labels)
    expect((await testApp.database.db('clients').where({ id: client.id }).first())!.forgotten_pin_questions).to.match(
      /^crn:\d+,(nino|dob):\d$/,
    )
  })

  it('lets the client choose a new PIN after right answers (any case), signs them in and tells them by email', async () => {
    const { agent, client, account } = await atQuestions()
    const page = await agent.get('/client/sign-in/forgotten-pin')
    const answered = await submitForm(agent, '/client/sign-in/forgotten-pin', rightAnswers(page.text, client))
    expect(answered.headers.location).to.equal('/client/sign-in/new-pin')
    const chosen = await submitForm(agent, '/client/sign-in/new-pin', { newPin: '3917264', confirmPin: '3917264' })
    expect(chosen.headers.location).to.equal('/client/home')
    expect((await agent.get('/client/home')).status).to.equal(200)
    const row = await testApp.database.db('clients').where({ id: client.id }).first()
    expect(testApp.deps.pinSecret.decrypt(row!.pin_ciphertext!, row!.customer_reference_number)).to.equal('3917264')
    expect(row!.forgotten_pin_questions).to.equal(null)
    const email = await testApp.database
      .db('outbound_messages')
      .where({ client_id: client.id, template: 'pinChanged' })
      .first()
    expect(email!.recipient).to.equal('alex.morgan@example.com')
    expect(email!.body).not.to.contain('3917264')
    // The new PIN works next time.
    const next = request.agent(testApp.app)
    await signInWithPassword(next, account.userId, account.password)
    const pinPage = await next.get('/client/sign-in/pin')
    const signedIn = await submitForm(next, '/client/sign-in/pin', digitsFor('3917264', askedPositions(pinPage.text)))
    expect(signedIn.headers.location).to.equal('/client/home')
  })

  it('locks self-service at the first wrong answer, as the seed says', async () => {
    const { agent, client } = await atQuestions()
    const page = await agent.get('/client/sign-in/forgotten-pin')
    const answers = rightAnswers(page.text, client)
    const wrong = answers.firstAnswer === '9' ? '8' : '9'
    const response = await submitForm(agent, '/client/sign-in/forgotten-pin', { ...answers, firstAnswer: wrong })
    expect(response.headers.location).to.equal('/client/sign-in/locked')
    const row = await testApp.database.db('clients').where({ id: client.id }).first()
    expect(row!.self_service_lock_reason).to.equal('forgotten_pin')
    expect((await agent.get('/client/sign-in/forgotten-pin')).headers.location).to.equal('/client/sign-in/locked')
  })

  it('treats a blank or too-long answer as a form error, not a wrong answer', async () => {
    const { agent, client } = await atQuestions()
    const blank = await submitForm(agent, '/client/sign-in/forgotten-pin', { firstAnswer: '', secondAnswer: '12' })
    expect(blank.status).to.equal(400)
    const $ = parseHtml(blank.text)
    expect($('.govuk-error-summary a[href="#firstAnswer"]').text()).to.match(
      /^Enter the \d{1,2}(st|nd|rd|th) character of your Customer Reference Number$/,
    )
    expect($('.govuk-error-summary a[href="#secondAnswer"]').text()).to.match(/^Enter just the /)
    expect($('#secondAnswer').val()).to.equal('12')
    expect((await testApp.database.db('clients').where({ id: client.id }).first())!.self_service_locked_at).to.equal(
      null,
    )
  })

  it('goes straight to the questions for a client who never set a PIN, and says so', async () => {
    const { agent } = await atQuestions({ pin: null })
    const $ = parseHtml((await agent.get('/client/sign-in/forgotten-pin')).text)
    expect(textOf($, 'main')).to.contain('You have not set up a PIN yet')
  })

  for (const [fields, href, message] of [
    [{ newPin: '', confirmPin: '' }, 'newPin', 'Enter a new PIN'],
    [{ newPin: '12345', confirmPin: '12345' }, 'newPin', 'PIN must be 7 numbers'],
    [{ newPin: '12a4567', confirmPin: '12a4567' }, 'newPin', 'PIN must be 7 numbers'],
    [{ newPin: '5555555', confirmPin: '5555555' }, 'newPin', 'PIN must not be the same number 7 times'],
    [{ newPin: '1234567', confirmPin: '1234567' }, 'newPin', 'PIN must not be numbers in order, like 1234567'],
    [{ newPin: '7654321', confirmPin: '7654321' }, 'newPin', 'PIN must not be numbers in order, like 1234567'],
    [{ newPin: '3917264', confirmPin: '' }, 'confirmPin', 'Confirm your new PIN'],
    [{ newPin: '3917264', confirmPin: '3917265' }, 'confirmPin', 'Enter the same PIN in both fields'],
  ] as const) {
    it(`says "${message}" when choosing the new PIN`, async () => {
      const { agent, client } = await atQuestions()
      const page = await agent.get('/client/sign-in/forgotten-pin')
      await submitForm(agent, '/client/sign-in/forgotten-pin', rightAnswers(page.text, client))
      const response = await submitForm(agent, '/client/sign-in/new-pin', fields)
      expect(response.status).to.equal(400)
      expect(parseHtml(response.text)(`.govuk-error-summary a[href="#${href}"]`).text()).to.equal(message)
      const row = await testApp.database.db('clients').where({ id: client.id }).first()
      expect(testApp.deps.pinSecret.decrypt(row!.pin_ciphertext!, row!.customer_reference_number)).to.equal('2468135')
    })
  }

  it('does not offer a new PIN without the right answers first', async () => {
    const { agent } = await atQuestions()
    expect((await agent.get('/client/sign-in/new-pin')).headers.location).to.equal('/client/sign-in/forgotten-pin')
    const response = await submitForm(
      agent,
      '/client/sign-in/new-pin',
      { newPin: '3917264', confirmPin: '3917264' },
      '/client/sign-in/pin',
    )
    expect(response.headers.location).to.equal('/client/sign-in/forgotten-pin')
  })
})
