import { expect } from 'chai'
import request from 'supertest'
import { insertClient, insertIdentityAccount } from '../../fixtures/clients.ts'
import { signInWithPassword, submitForm, type Agent } from '../../support/client-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { parseHtml, textOf } from '../../support/html.ts'

const george = {
  customerReferenceNumber: '121003957455',
  nationalInsuranceNumber: 'AB123456C',
  'dateOfBirth-day': '1',
  'dateOfBirth-month': '1',
  'dateOfBirth-year': '1982',
}

describe('enrol with known facts', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  /** A new identity account, signed in, on its way to enrol. */
  async function signedInAccount(): Promise<{ agent: Agent; accountId: number }> {
    const account = await insertIdentityAccount(testApp.database.db)
    const agent = request.agent(testApp.app)
    const response = await signInWithPassword(agent, account.userId, account.password)
    expect(response.headers.location).to.equal('/client/gateway/services')
    return { agent, accountId: account.id }
  }

  it('explains who can use the service, then enrols with spaces and any case accepted', async () => {
    const { agent, accountId } = await signedInAccount()
    const services = parseHtml((await agent.get('/client/gateway/services')).text)
    expect(services('a[href="/client/gateway/enrol"]').text()).to.contain('Enrol now')
    const who = parseHtml((await agent.get('/client/gateway/enrol')).text)
    expect(textOf(who, 'main')).to.contain('Who can use this service')
    const response = await submitForm(agent, '/client/gateway/enrol/details', {
      ...george,
      customerReferenceNumber: '1210 0395 7455',
      nationalInsuranceNumber: 'ab 12 34 56 c',
      referenceName: 'My case',
    })
    expect(response.headers.location).to.equal('/client/gateway/enrol/complete')
    const done = parseHtml((await agent.get('/client/gateway/enrol/complete')).text)
    expect(textOf(done, '.govuk-panel')).to.equal(
      'You have enrolled Your service enrolment is active and is ready to use immediately.',
    )
    expect(done('a[href="/client/gateway/services"]').text()).to.contain('Back to your services')
    const client = await testApp.database.db('clients').where({ customer_reference_number: '121003957455' }).first()
    expect(client!.identity_account_id).to.equal(accountId)
    const after = parseHtml((await agent.get('/client/gateway/services')).text)
    expect(textOf(after, 'main')).to.contain('Enrolled').and.contain('Reference name: My case')
    expect(after('a[href="/client/gateway/services/child-maintenance"]').text()).to.contain('Sign in')
    expect((await agent.get('/client/gateway/services/child-maintenance')).headers.location).to.equal(
      '/client/sign-in/pin',
    )
    const audit = await testApp.database.db('audit_log').where({ action: 'enrolled', subject_id: String(client!.id) })
    expect(audit).to.have.length(1)
  })

  it('refuses a record already enrolled to another account', async () => {
    const { agent } = await signedInAccount()
    const response = await submitForm(agent, '/client/gateway/enrol/details', george)
    expect(response.status).to.equal(400)
    expect(textOf(parseHtml(response.text), '.govuk-error-summary')).to.contain('already enrolled with another user ID')
  })

  it('says only that the details do not match, whichever fact is wrong, and keeps what was typed', async () => {
    const { agent } = await signedInAccount()
    for (const wrong of [
      { customerReferenceNumber: '121003957463' },
      { nationalInsuranceNumber: 'CE654321A' },
      { 'dateOfBirth-day': '2' },
    ]) {
      const response = await submitForm(agent, '/client/gateway/enrol/details', { ...george, ...wrong })
      expect(response.status).to.equal(400)
      const $ = parseHtml(response.text)
      expect(textOf($, '.govuk-error-summary__list')).to.equal(
        'The details you entered do not match our records. Check them and try again.',
      )
      expect($('#nationalInsuranceNumber').val()).to.equal(
        wrong.nationalInsuranceNumber ?? george.nationalInsuranceNumber,
      )
    }
  })

  it('locks enrolment for the account after 5 failed attempts in 24 hours, for 24 hours', async () => {
    const { agent, accountId } = await signedInAccount()
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(
        (await submitForm(agent, '/client/gateway/enrol/details', { ...george, 'dateOfBirth-year': '1983' })).status,
      ).to.equal(400)
    }
    const fifth = await submitForm(agent, '/client/gateway/enrol/details', { ...george, 'dateOfBirth-year': '1983' })
    expect(fifth.status).to.equal(403)
    expect(textOf(parseHtml(fifth.text), 'h1')).to.equal('You cannot enrol at the moment')
    // Even the right details are refused while locked.
    const correct = await testApp.database.db('clients').where({ customer_reference_number: '121003957471' }).first()
    expect(correct!.identity_account_id).to.equal(null)
    const lucy = {
      customerReferenceNumber: '121003957471',
      nationalInsuranceNumber: 'JE445566B',
      'dateOfBirth-day': '22',
      'dateOfBirth-month': '7',
      'dateOfBirth-year': '1990',
    }
    expect((await submitForm(agent, '/client/gateway/enrol/details', lucy)).status).to.equal(403)
    expect(
      await testApp.database.db('audit_log').where({ action: 'enrolment_locked', subject_id: String(accountId) }),
    ).to.have.length(1)
    testApp.clock.advanceMinutes(24 * 60 + 1)
    const account = await testApp.database.db('identity_accounts').where({ id: accountId }).first()
    const later = request.agent(testApp.app)
    await signInWithPassword(later, account!.user_id, 'Walnut123')
    expect((await submitForm(later, '/client/gateway/enrol/details', lucy)).headers.location).to.equal(
      '/client/gateway/enrol/complete',
    )
  })

  for (const [change, href, message] of [
    [{ customerReferenceNumber: '' }, 'customerReferenceNumber', 'Enter your Customer Reference Number'],
    [
      { customerReferenceNumber: '12100395745' },
      'customerReferenceNumber',
      'Customer Reference Number must be 12 digits',
    ],
    [
      { customerReferenceNumber: '12100395745A' },
      'customerReferenceNumber',
      'Customer Reference Number must be 12 digits',
    ],
    [{ nationalInsuranceNumber: '' }, 'nationalInsuranceNumber', 'Enter your National Insurance number'],
    [
      { nationalInsuranceNumber: 'QQ12345' },
      'nationalInsuranceNumber',
      'Enter a National Insurance number in the correct format',
    ],
    [
      { nationalInsuranceNumber: 'DA123456A' },
      'nationalInsuranceNumber',
      'Enter a National Insurance number in the correct format',
    ],
    [
      { 'dateOfBirth-day': '', 'dateOfBirth-month': '', 'dateOfBirth-year': '' },
      'dateOfBirth-day',
      'Enter your date of birth',
    ],
    [{ 'dateOfBirth-month': '' }, 'dateOfBirth-month', 'Date of birth must include a month'],
    [{ 'dateOfBirth-day': '', 'dateOfBirth-year': '' }, 'dateOfBirth-day', 'Date of birth must include a day and year'],
    [{ 'dateOfBirth-day': '31', 'dateOfBirth-month': '2' }, 'dateOfBirth-day', 'Date of birth must be a real date'],
    [{ 'dateOfBirth-month': '13' }, 'dateOfBirth-month', 'Date of birth must be a real date'],
    [{ 'dateOfBirth-year': '82' }, 'dateOfBirth-year', 'Year must include 4 numbers'],
    [{ 'dateOfBirth-year': '2030' }, 'dateOfBirth-day', 'Date of birth must be in the past'],
    [{ referenceName: 'x'.repeat(61) }, 'referenceName', 'Reference name must be 60 characters or fewer'],
  ] as const) {
    it(`says "${message}"`, async () => {
      const { agent } = await signedInAccount()
      const response = await submitForm(agent, '/client/gateway/enrol/details', { ...george, ...change })
      expect(response.status).to.equal(400)
      const $ = parseHtml(response.text)
      expect($(`.govuk-error-summary a[href="#${href}"]`).text()).to.equal(message)
      expect($('#customerReferenceNumber').val()).to.equal(
        change.customerReferenceNumber ?? george.customerReferenceNumber,
      )
    })
  }

  it('highlights only the date inputs in error', async () => {
    const { agent } = await signedInAccount()
    const $ = parseHtml(
      (await submitForm(agent, '/client/gateway/enrol/details', { ...george, 'dateOfBirth-month': '' })).text,
    )
    expect($('#dateOfBirth-month').hasClass('govuk-input--error')).to.equal(true)
    expect($('#dateOfBirth-day').hasClass('govuk-input--error')).to.equal(false)
    expect($('#dateOfBirth-year').hasClass('govuk-input--error')).to.equal(false)
  })

  it('does not count a form error as a failed attempt', async () => {
    const { agent, accountId } = await signedInAccount()
    for (let attempt = 0; attempt < 6; attempt++)
      await submitForm(agent, '/client/gateway/enrol/details', { ...george, customerReferenceNumber: '' })
    expect(await testApp.database.db('enrolment_attempts').where({ identity_account_id: accountId })).to.have.length(0)
  })

  it('sends anyone not signed in to their identity account back to sign in', async () => {
    for (const path of [
      '/client/gateway/enrol',
      '/client/gateway/enrol/details',
      '/client/gateway/enrol/complete',
      '/client/gateway/services/child-maintenance',
    ]) {
      expect((await request(testApp.app).get(path)).headers.location, path).to.equal('/client/sign-in')
    }
  })

  it('enrols a Northern Ireland client at /ni, in Welsh too', async () => {
    const client = await insertClient(testApp.database.db, testApp.deps.pinSecret, {
      region: 'ni',
      nationalInsuranceNumber: 'JH112233B',
      dateOfBirth: '1970-02-03',
    })
    const account = await insertIdentityAccount(testApp.database.db)
    const agent = request.agent(testApp.app)
    await signInWithPassword(agent, account.userId, account.password, '/ni')
    const form = parseHtml((await agent.get('/ni/gateway/enrol/details?lang=cy')).text)
    expect(textOf(form, 'h1')).to.equal('Rhowch eich manylion')
    const response = await submitForm(agent, '/ni/gateway/enrol/details', {
      customerReferenceNumber: client.customer_reference_number,
      nationalInsuranceNumber: 'JH112233B',
      'dateOfBirth-day': '3',
      'dateOfBirth-month': '2',
      'dateOfBirth-year': '1970',
    })
    expect(response.headers.location).to.equal('/ni/gateway/enrol/complete')
  })
})
