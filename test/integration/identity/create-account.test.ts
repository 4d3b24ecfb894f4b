import { expect } from 'chai'
import request from 'supertest'
import { verifyPassword } from '../../../services/password.ts'
import { clientCookieOf, submitForm } from '../../support/client-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { parseHtml, textOf } from '../../support/html.ts'

const valid = {
  firstName: 'Jo',
  lastName: 'Bloggs',
  email: 'jo@example.com',
  confirmEmail: 'jo@example.com',
  password: 'Walnut123',
  confirmPassword: 'Walnut123',
}

describe('create an identity account', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  it('shows the form with the password rules in the hint and autocomplete on every field', async () => {
    const $ = parseHtml((await request(testApp.app).get('/client/gateway/create-account')).text)
    expect(textOf($, '#password-hint'))
      .to.contain('8 to 12 characters')
      .and.contain('one letter and one number')
      .and.contain('password')
    expect($('#firstName').attr('autocomplete')).to.equal('given-name')
    expect($('#lastName').attr('autocomplete')).to.equal('family-name')
    expect($('#email').attr('autocomplete')).to.equal('email')
    expect($('#password').attr('autocomplete')).to.equal('new-password')
  })

  it('creates the account, shows the user ID grouped in fours once, and needs the note confirmed', async () => {
    const agent = request.agent(testApp.app)
    const created = await submitForm(agent, '/client/gateway/create-account', valid)
    expect(created.status).to.equal(302)
    expect(created.headers.location).to.equal('/client/gateway/create-account/user-id')
    const page = await agent.get('/client/gateway/create-account/user-id')
    const shown = textOf(parseHtml(page.text), '.app-user-id')
    expect(shown).to.match(/^\d{4} \d{4} \d{4}$/)
    const account = await testApp.database
      .db('identity_accounts')
      .where({ user_id: shown.replace(/ /g, '') })
      .first()
    expect(account!.email).to.equal('jo@example.com')
    expect(account!.password_hash).not.to.contain('Walnut123')
    expect(await verifyPassword('Walnut123', account!.password_hash)).to.equal(true)

    const unticked = await submitForm(agent, '/client/gateway/create-account/user-id', {})
    expect(unticked.status).to.equal(400)
    expect(textOf(parseHtml(unticked.text), '.govuk-error-summary')).to.contain(
      'Confirm you have made a note of your user ID',
    )
    expect(textOf(parseHtml(unticked.text), '.app-user-id')).to.equal(shown)

    const ticked = await submitForm(agent, '/client/gateway/create-account/user-id', { noted: 'yes' })
    expect(ticked.headers.location).to.equal('/client/gateway/services')
    const services = parseHtml((await agent.get('/client/gateway/services')).text)
    expect(textOf(services, 'main')).to.contain('Not enrolled').and.contain('Enrol now')
    // The user ID is shown once only.
    expect((await agent.get('/client/gateway/create-account/user-id')).headers.location).to.equal(
      '/client/gateway/services',
    )
  })

  it('gives random, unique, non-sequential user IDs', async () => {
    const ids: number[] = []
    for (let index = 0; index < 3; index++) {
      const agent = request.agent(testApp.app)
      await submitForm(agent, '/client/gateway/create-account', {
        ...valid,
        email: `person${index}@example.com`,
        confirmEmail: `person${index}@example.com`,
      })
      ids.push(
        Number(
          textOf(parseHtml((await agent.get('/client/gateway/create-account/user-id')).text), '.app-user-id').replace(
            / /g,
            '',
          ),
        ),
      )
    }
    expect(new Set(ids).size).to.equal(3)
    expect(ids.every(id => id >= 1e11 && id < 1e12)).to.equal(true)
    expect(Math.abs(ids[1]! - ids[0]!)).to.be.greaterThan(1)
    expect(Math.abs(ids[2]! - ids[1]!)).to.be.greaterThan(1)
  })

  it('accepts a person with only one name', async () => {
    const agent = request.agent(testApp.app)
    const response = await submitForm(agent, '/client/gateway/create-account', {
      ...valid,
      firstName: '',
      email: 'one@example.com',
      confirmEmail: 'one@example.com',
    })
    expect(response.status).to.equal(302)
  })

  it('renews the session id when the account is created', async () => {
    const agent = request.agent(testApp.app)
    const before = clientCookieOf(await agent.get('/client/gateway/create-account?lang=en'))
    const created = await submitForm(agent, '/client/gateway/create-account', {
      ...valid,
      email: 'renew@example.com',
      confirmEmail: 'renew@example.com',
    })
    const after = clientCookieOf(created)
    expect(before).not.to.equal('')
    expect(after).not.to.equal('')
    expect(after).not.to.equal(before)
  })

  for (const [change, field, message] of [
    [{ firstName: '', lastName: '' }, 'firstName', 'Enter your first name or surname'],
    [{ firstName: 'x'.repeat(101) }, 'firstName', 'First name must be 100 characters or fewer'],
    [{ lastName: 'x'.repeat(101) }, 'lastName', 'Surname must be 100 characters or fewer'],
    [{ email: '' }, 'email', 'Enter your email address'],
    [{ email: 'jo.example.com' }, 'email', 'Enter an email address in the correct format, like name@example.com'],
    [{ confirmEmail: '' }, 'confirmEmail', 'Confirm your email address'],
    [{ confirmEmail: 'other@example.com' }, 'confirmEmail', 'Enter the same email address in both fields'],
    [{ password: '', confirmPassword: '' }, 'password', 'Enter a password'],
    [{ password: 'Wal123', confirmPassword: 'Wal123' }, 'password', 'Password must be between 8 and 12 characters'],
    [
      { password: 'Walnut1234567', confirmPassword: 'Walnut1234567' },
      'password',
      'Password must be between 8 and 12 characters',
    ],
    [
      { password: 'Walnutwalnut', confirmPassword: 'Walnutwalnut' },
      'password',
      'Password must include at least one letter and one number',
    ],
    [
      { password: '123456789', confirmPassword: '123456789' },
      'password',
      'Password must include at least one letter and one number',
    ],
    [
      { password: 'myPassWord1', confirmPassword: 'myPassWord1' },
      'password',
      'Password must not include the word ‘password’',
    ],
    [{ password: 'Qwerty123', confirmPassword: 'Qwerty123' }, 'password', 'Choose a password that is harder to guess'],
    [{ confirmPassword: '' }, 'confirmPassword', 'Re-type your password'],
    [{ confirmPassword: 'Walnut124' }, 'confirmPassword', 'Enter the same password in both fields'],
  ] as const) {
    it(`says "${message}" and keeps what was typed, but not the password`, async () => {
      const agent = request.agent(testApp.app)
      const accountsBefore = (await testApp.database.db('identity_accounts').select('id')).length
      const response = await submitForm(agent, '/client/gateway/create-account', { ...valid, ...change })
      expect(response.status).to.equal(400)
      const $ = parseHtml(response.text)
      expect($('head title').text()).to.match(/^Error: Create an account/)
      expect($(`.govuk-error-summary a[href="#${field}"]`).text()).to.equal(message)
      expect(textOf($, `#${field}-error`)).to.equal(`Error: ${message}`)
      expect($('#email').val()).to.equal('email' in change ? change.email : valid.email)
      expect($('#password').val() ?? '').to.equal('')
      expect(await testApp.database.db('identity_accounts').select('id')).to.have.length(accountsBefore)
    })
  }

  it('shows the form in Welsh', async () => {
    const $ = parseHtml((await request(testApp.app).get('/client/gateway/create-account?lang=cy')).text)
    expect(textOf($, 'h1')).to.equal('Creu cyfrif')
    expect(textOf($, 'label[for="lastName"]')).to.equal('Cyfenw')
  })

  it('does not show a user ID or services page to someone not signed in', async () => {
    expect((await request(testApp.app).get('/client/gateway/create-account/user-id')).headers.location).to.equal(
      '/client/sign-in',
    )
    expect((await request(testApp.app).get('/client/gateway/services')).headers.location).to.equal('/client/sign-in')
  })
})
