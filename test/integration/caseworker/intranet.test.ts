import { expect } from 'chai'
import request from 'supertest'
import { insertEnrolledClient } from '../../fixtures/clients.ts'
import { withCms2012Profile } from '../../fixtures/staff-profiles.ts'
import { signIn } from '../../support/client-journeys.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../../support/html.ts'
import { takeTelephonePayment } from '../../support/payment-sandbox.ts'
import { signedInCaseworker } from '../../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

describe('caseworker intranet', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  const clientIdOf = async (crn: string) =>
    (await testApp.database.db('clients').where({ customer_reference_number: crn }).first())!.id

  describe('signing in', () => {
    it('signs in a caseworker with a CMS 2012 Case Worker profile, with a new session id', async () => {
      const agent = request.agent(testApp.app)
      const page = await agent.get('/caseworker/sign-in')
      const before = String(page.headers['set-cookie'])
      const response = await agent
        .post('/caseworker/sign-in')
        .type('form')
        .send({ _csrf: csrfTokenFrom(page.text), staffId: '35220900', password: 'Demo-staff-1' })
      expect(response.headers.location).to.equal('/caseworker/find-a-client')
      expect(String(response.headers['set-cookie']))
        .to.match(/^cmss_caseworker=/)
        .and.not.equal(before)
      const home = parseHtml((await agent.get('/caseworker/find-a-client')).text)
      expect(textOf(home, 'h1')).to.equal('Find a client')
      expect(home('form[action="/caseworker/sign-out"]')).to.have.length(1)
    })

    it('says only that the staff ID or password is wrong', async () => {
      const { response } = await signedInCaseworker(testApp.app, '35220900', 'Wrong-password-1')
      expect(response.status).to.equal(400)
      expect(textOf(parseHtml(response.text), '.govuk-error-summary')).to.contain('Your staff ID or password is wrong')
    })

    it('turns away staff with no profile for the CMS 2012 system', async () => {
      const { response } = await signedInCaseworker(testApp.app, '76834403')
      expect(response.status).to.equal(400)
      expect(textOf(parseHtml(response.text), '.govuk-error-summary')).to.contain(
        'You do not have a profile for the CMS 2012 caseworker intranet',
      )
    })

    it('refuses a member whose only CMS 2012 profile is Special Client Records', async () => {
      await withCms2012Profile(testApp.database.db, '76834403', 'special_client_records', async () => {
        const { agent } = await signedInCaseworker(testApp.app, '76834403')
        expect((await agent.get('/caseworker/find-a-client')).status).to.equal(403)
      })
    })

    it('sends anyone not signed in to sign in, including a client or a Receipts and Payments Tool session', async () => {
      expect((await request(testApp.app).get('/caseworker/find-a-client')).headers.location).to.equal(
        '/caseworker/sign-in',
      )
      const client = request.agent(testApp.app)
      await signIn(client, '2061 2145 0971', 'Demo1234', '9753108')
      expect((await client.get('/caseworker/find-a-client')).headers.location).to.equal('/caseworker/sign-in')
      const tool = request.agent(testApp.app)
      const page = await tool.get('/receipts-tool/sign-in')
      await tool
        .post('/receipts-tool/sign-in')
        .type('form')
        .send({ _csrf: csrfTokenFrom(page.text), staffId: '35220900', password: 'Demo-staff-1' })
      expect((await tool.get('/caseworker/find-a-client')).headers.location).to.equal('/caseworker/sign-in')
    })

    it('ends the session on sign-out and after 15 idle minutes', async () => {
      const { agent } = await signedInCaseworker(testApp.app)
      const page = await agent.get('/caseworker/find-a-client')
      await agent
        .post('/caseworker/sign-out')
        .type('form')
        .send({ _csrf: csrfTokenFrom(page.text) })
      expect((await agent.get('/caseworker/find-a-client')).headers.location).to.equal('/caseworker/sign-in')
      const idle = await signedInCaseworker(testApp.app)
      testApp.clock.advanceMinutes(16)
      expect((await idle.agent.get('/caseworker/find-a-client')).headers.location).to.equal(
        '/caseworker/signed-out?reason=timeout',
      )
    })
  })

  describe('finding a client', () => {
    it('finds by Customer Reference Number with spaces, by NINO in any case, and by surname with date of birth', async () => {
      const { agent } = await signedInCaseworker(testApp.app)
      for (const query of [
        'by=crn&customerReferenceNumber=1210%200395%207455',
        'by=nino&nationalInsuranceNumber=ab%2012%2034%2056%20c',
        'by=name&lastName=MILLS&dateOfBirth-day=1&dateOfBirth-month=1&dateOfBirth-year=1982',
      ]) {
        const $ = parseHtml((await agent.get(`/caseworker/find-a-client?${query}`)).text)
        expect(textOf($, '#results'), query).to.equal('1 client found')
        expect(textOf($, 'main table tbody')).to.contain('George Mills').and.contain('1210 0395 7455')
      }
    })

    it('says when no client matches', async () => {
      const { agent } = await signedInCaseworker(testApp.app)
      const $ = parseHtml(
        (await agent.get('/caseworker/find-a-client?by=crn&customerReferenceNumber=999999999999')).text,
      )
      expect(textOf($, 'main')).to.contain('0 clients found').and.contain('No clients match')
    })

    for (const [query, href, message] of [
      ['by=crn&customerReferenceNumber=', 'customerReferenceNumber', 'Enter a Customer Reference Number'],
      [
        'by=crn&customerReferenceNumber=12345',
        'customerReferenceNumber',
        'Customer Reference Number must be 12 digits',
      ],
      ['by=nino&nationalInsuranceNumber=', 'nationalInsuranceNumber', 'Enter a National Insurance number'],
      [
        'by=nino&nationalInsuranceNumber=XX1',
        'nationalInsuranceNumber',
        'Enter a National Insurance number in the correct format',
      ],
      ['by=name&lastName=&dateOfBirth-day=1&dateOfBirth-month=1&dateOfBirth-year=1982', 'lastName', 'Enter a surname'],
      [
        'by=name&lastName=Mills&dateOfBirth-day=&dateOfBirth-month=&dateOfBirth-year=',
        'dateOfBirth-day',
        'Enter your date of birth',
      ],
      [
        'by=name&lastName=Mills&dateOfBirth-day=31&dateOfBirth-month=2&dateOfBirth-year=1982',
        'dateOfBirth-day',
        'Date of birth must be a real date',
      ],
    ] as const) {
      it(`says "${message}"`, async () => {
        const { agent } = await signedInCaseworker(testApp.app)
        const response = await agent.get(`/caseworker/find-a-client?${query}`)
        expect(response.status).to.equal(400)
        const $ = parseHtml(response.text)
        expect($(`.govuk-error-summary a[href="#${href}"]`).text()).to.equal(message)
        expect($('head title').text()).to.match(/^Error: /)
      })
    }
  })

  describe('the client view', () => {
    it('shows the self-service details, with 31/12/2012 as the first log-in for clients enrolled before 14 November 2016', async () => {
      const { agent } = await signedInCaseworker(testApp.app)
      const $ = parseHtml((await agent.get(`/caseworker/clients/${await clientIdOf('121004000034')}`)).text)
      const summary = textOf($, 'main')
      expect(summary)
        .to.contain('Self Service Y')
        .and.contain('First log in date 31/12/2012')
        .and.match(/Last log in date \d{2}\/\d{2}\/\d{4}/)
      expect(summary).to.contain('Sarah Jones').and.contain('Ellie Jones')
    })

    it('shows the date of a first log-in made after 14 November 2016', async () => {
      const { client, account, pin } = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret)
      await testApp.database.db('clients').where({ id: client.id }).update({ enrolled_at: '2026-11-20T09:00:00.000Z' })
      await signIn(request.agent(testApp.app), account.userId, account.password, pin)
      const { agent } = await signedInCaseworker(testApp.app)
      const summary = textOf(parseHtml((await agent.get(`/caseworker/clients/${client.id}`)).text), 'main')
      expect(summary).to.contain('First log in date 23/11/2026')
    })

    it('audit logs every view of a client record with the staff ID', async () => {
      const clientId = await clientIdOf('121003957463')
      const { agent } = await signedInCaseworker(testApp.app, '57261910')
      await agent.get(`/caseworker/clients/${clientId}`)
      const views = await testApp.database
        .db('audit_log')
        .where({ action: 'client_record_viewed', subject_id: String(clientId), actor_id: '57261910' })
      expect(views).to.have.length(1)
    })

    it('answers 404 for a client that does not exist', async () => {
      const { agent } = await signedInCaseworker(testApp.app)
      expect((await agent.get('/caseworker/clients/999999')).status).to.equal(404)
      expect((await agent.get('/caseworker/clients/not-a-number')).status).to.equal(404)
    })
  })

  describe('security', () => {
    it('unlocks a locked-out client, audit logged with the staff ID', async () => {
      const { client } = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret)
      await testApp.database.db('clients').where({ id: client.id }).update({
        self_service_locked_at: '2026-11-23T09:00:00.000Z',
        self_service_lock_reason: 'pin_attempts',
        failed_pin_attempts: 3,
      })
      const { agent } = await signedInCaseworker(testApp.app)
      const view = await agent.get(`/caseworker/clients/${client.id}`)
      expect(textOf(parseHtml(view.text), 'main'))
        .to.contain('Locked')
        .and.contain('3 wrong PIN answers')
      const response = await agent
        .post(`/caseworker/clients/${client.id}/unlock`)
        .type('form')
        .send({ _csrf: csrfTokenFrom(view.text) })
      expect(response.headers.location).to.equal(`/caseworker/clients/${client.id}`)
      expect(
        textOf(parseHtml((await agent.get(response.headers.location!)).text), '.govuk-notification-banner'),
      ).to.contain('Self-service is unlocked')
      const row = await testApp.database.db('clients').where({ id: client.id }).first()
      expect([row!.self_service_locked_at, row!.failed_pin_attempts]).to.deep.equal([null, 0])
      expect(
        await testApp.database
          .db('audit_log')
          .where({ action: 'self_service_unlocked', subject_id: String(client.id), actor_id: '35220900' }),
      ).to.have.length(1)
    })

    it('resets a PIN: the client then answers the security questions to choose a new one', async () => {
      const { client, account } = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret)
      const { agent } = await signedInCaseworker(testApp.app)
      const confirm = await agent.get(`/caseworker/clients/${client.id}/reset-pin`)
      expect(textOf(parseHtml(confirm.text), 'h1')).to.equal('Reset the client’s PIN')
      await agent
        .post(`/caseworker/clients/${client.id}/reset-pin`)
        .type('form')
        .send({ _csrf: csrfTokenFrom(confirm.text) })
      const row = await testApp.database.db('clients').where({ id: client.id }).first()
      expect(row!.pin_ciphertext).to.equal(null)
      expect(
        await testApp.database
          .db('audit_log')
          .where({ action: 'pin_reset_by_caseworker', subject_id: String(client.id) }),
      ).to.have.length(1)
      const clientAgent = request.agent(testApp.app)
      const page = await clientAgent.get('/client/sign-in')
      await clientAgent
        .post('/client/sign-in')
        .type('form')
        .send({ _csrf: csrfTokenFrom(page.text), userId: account.userId, password: account.password })
      expect((await clientAgent.get('/client/sign-in/pin')).headers.location).to.equal('/client/sign-in/forgotten-pin')
    })

    it('refuses a change without the form’s token', async () => {
      const { client } = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret)
      const { agent } = await signedInCaseworker(testApp.app)
      expect((await agent.post(`/caseworker/clients/${client.id}/reset-pin`).type('form').send({})).status).to.equal(
        403,
      )
      expect((await testApp.database.db('clients').where({ id: client.id }).first())!.pin_ciphertext).not.to.equal(null)
    })
  })

  describe('taking a payment by telephone', () => {
    it('takes a card payment through the same provider, recording it once in the ledger as taken by the caseworker', async () => {
      const george = await clientIdOf('121003957455')
      const cases = await testApp.database.db('cases').where({ paying_parent_client_id: george }).orderBy('case_number')
      const { agent } = await signedInCaseworker(testApp.app)
      // The caseworker keys the client's card details into the provider's page.
      const returned = await takeTelephonePayment(agent, george, cases[0]!.id, '75.50')
      expect(returned.url).to.equal(`/caseworker/clients/${george}/telephone-payment/return`)
      const result = parseHtml(returned.response.text)
      expect(textOf(result, '.govuk-panel')).to.contain('Payment taken').and.contain('£75.50')
      await agent.get(returned.url)
      const entries = await testApp.database
        .db('ledger_entries')
        .where({ case_id: cases[0]!.id, source: 'telephone_payment' })
      expect(entries).to.have.length(1)
      expect(entries[0]!.amount_pence).to.equal(7550)
      const audit = await testApp.database
        .db('audit_log')
        .where({ action: 'card_payment.recorded', subject_id: String(cases[0]!.id) })
      expect(audit.map(row => [row.actor_type, row.actor_id])).to.deep.equal([['staff', '35220900']])
      expect(JSON.stringify(await testApp.database.db('sandbox_payments').select())).not.to.contain('4444333322221111')
    })

    for (const [fields, href, message] of [
      [{ caseId: '', amount: '10' }, 'caseId', 'Select the case the payment is for'],
      [{ amount: '' }, 'amount', 'Enter the amount to pay'],
      [{ amount: '10.555' }, 'amount', 'Amount must be in pounds and pence, like 25 or 25.50'],
      [{ amount: '0' }, 'amount', 'Amount must be more than £0'],
    ] as const) {
      it(`says "${message}"`, async () => {
        const george = await clientIdOf('121003957455')
        const caseId = (await testApp.database.db('cases').where({ paying_parent_client_id: george }).first())!.id
        const { agent } = await signedInCaseworker(testApp.app)
        const form = await agent.get(`/caseworker/clients/${george}/telephone-payment`)
        const response = await agent
          .post(`/caseworker/clients/${george}/telephone-payment`)
          .type('form')
          .send({ _csrf: csrfTokenFrom(form.text), caseId: String(caseId), ...fields })
        expect(response.status).to.equal(400)
        expect(parseHtml(response.text)(`.govuk-error-summary a[href="#${href}"]`).text()).to.equal(message)
      })
    }

    it('offers no payment for a client who pays on no Collect and Pay case', async () => {
      const { agent } = await signedInCaseworker(testApp.app)
      const $ = parseHtml(
        (await agent.get(`/caseworker/clients/${await clientIdOf('121003957463')}/telephone-payment`)).text,
      )
      expect(textOf($, 'main')).to.contain('nothing to take a payment for')
      expect($('form[action$="telephone-payment"]')).to.have.length(0)
    })

    it('never looks up a payment it did not start in this session', async () => {
      const { agent } = await signedInCaseworker(testApp.app)
      const george = await clientIdOf('121003957455')
      expect((await agent.get(`/caseworker/clients/${george}/telephone-payment/return`)).headers.location).to.equal(
        `/caseworker/clients/${george}`,
      )
    })
  })

  describe('outbound messages', () => {
    it('lists the emails the notifications adapter kept, newest first', async () => {
      await testApp.deps.notifications.sendEmail({
        template: 'pinChanged',
        language: 'en',
        emailAddress: 'someone@example.com',
        clientId: null,
        values: { firstName: 'Sam', date: '23 November 2026' },
      })
      const { agent } = await signedInCaseworker(testApp.app)
      const $ = parseHtml((await agent.get('/caseworker/outbound-messages')).text)
      expect(textOf($, '.govuk-summary-card'))
        .to.contain('Email to someone@example.com')
        .and.contain('Your Child Maintenance Service PIN has changed')
    })
  })
})

describe('caseworker intranet: locking after failed sign-ins', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  const attempt = async (path: string, password: string) => {
    const agent = request.agent(testApp.app)
    const page = await agent.get(path)
    const response = await agent
      .post(path)
      .type('form')
      .send({ _csrf: csrfTokenFrom(page.text), staffId: '35220900', password })
    return response.status === 302 ? 'signed in' : textOf(parseHtml(response.text), '.govuk-error-summary__list')
  }

  it('locks the account for 30 minutes after 5 failures in a row, in both staff tools', async () => {
    for (let failure = 1; failure <= 4; failure += 1) {
      expect(await attempt('/caseworker/sign-in', 'Wrong-password-1')).to.equal('Your staff ID or password is wrong')
    }
    expect(await attempt('/caseworker/sign-in', 'Wrong-password-1')).to.contain('Your account is locked')
    expect(await attempt('/caseworker/sign-in', 'Demo-staff-1')).to.contain('Your account is locked')
    expect(await attempt('/receipts-tool/sign-in', 'Demo-staff-1')).to.contain('Your account is locked')
    const locked = await testApp.deps.auditLog.byAction('staff_account_locked')
    expect(locked.map(entry => [entry.actorId, entry.details])).to.deep.equal([['35220900', { system: 'cms2012' }]])
    testApp.clock.advanceMinutes(31)
    expect(await attempt('/caseworker/sign-in', 'Demo-staff-1')).to.equal('signed in')
  })
})
