import { expect } from 'chai'
import type { Agent } from 'supertest'
import { paidOnFields } from '../../fixtures/approved-responses.ts'
import { insertClient } from '../../fixtures/clients.ts'
import { recordActivity } from '../../fixtures/caseworker-work.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../../support/html.ts'
import { signedInCaseworker } from '../../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

describe('caseworker: respond to a message by email', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  async function messageFrom(
    fixture: { contactPreference?: string; preferredLanguage?: 'en' | 'cy'; email?: string | null } = {},
    subject = 'Missing payments',
  ) {
    const client = await insertClient(testApp.database.db, testApp.deps.pinSecret, {
      contactPreference: 'self_service',
      email: 'ruth@example.com',
      firstName: 'Ruth',
      ...fixture,
    })
    const activityId = await recordActivity(testApp.deps, client.id, { subject })
    const base = `/caseworker/clients/${client.id}/activities/${activityId}`
    return { client, activityId, base }
  }

  async function post(agent: Agent, url: string, fields: Record<string, string | string[]>) {
    const page = await agent.get(url)
    return agent
      .post(url)
      .type('form')
      .send({ _csrf: csrfTokenFrom(page.text), ...fields })
  }

  it('answers a missing payment message with an approved response, recording it and marking the message done', async () => {
    const { client, activityId, base } = await messageFrom()
    const { agent } = await signedInCaseworker(testApp.app)
    const activityPage = parseHtml((await agent.get(base)).text)
    expect(activityPage(`a[href="${base}/respond"]`).text()).to.contain('Respond by email')

    const choose = parseHtml((await agent.get(`${base}/respond`)).text)
    expect(
      choose('input[name="templateId"]')
        .map((_index, input) => choose(input).val())
        .get(),
    ).to.deep.equal(['payment-paid-on', 'payment-not-received'])
    const chosen = await post(agent, `${base}/respond`, { templateId: 'payment-paid-on' })
    expect(chosen.headers.location).to.equal(`${base}/respond/payment-paid-on`)
    const filled = await post(agent, chosen.headers.location!, { ...paidOnFields, optional: 'checkBank' })
    expect(filled.headers.location).to.equal(`${base}/respond/payment-paid-on/check`)

    const check = parseHtml((await agent.get(filled.headers.location!)).text)
    expect(textOf(check, 'main .govuk-summary-list'))
      .to.contain('From internal.cmg@dwp.gsi.gov.uk')
      .and.contain('To ruth@example.com')
      .and.contain('Subject Important Information about your Child Maintenance case')
      .and.contain('Dear Ruth')
      .and.contain('We received a payment of £225.33 for you on 28 October 2026.')
      .and.contain('please check with your bank first')

    const sent = await post(agent, filled.headers.location!, {})
    expect(sent.headers.location).to.equal(base)
    const after = parseHtml((await agent.get(base)).text)
    expect(textOf(after, '.govuk-notification-banner')).to.contain('The email is sent')

    const [email] = await testApp.database.db('outbound_messages').where({ client_id: client.id })
    expect(email!.subject).to.equal('Important Information about your Child Maintenance case')
    expect(email!.recipient).to.equal('ruth@example.com')
    expect(email!.body).to.contain('We paid it to you on 1 November 2026.').and.contain('Child Maintenance Service')
    expect(await testApp.deps.activities.findById(activityId)).to.deep.include({
      status: 'done',
      completedBy: '35220900',
    })
    const outbound = (await testApp.deps.activities.listForClient(client.id, { types: ['outbound_email'] }))[0]!
    expect(outbound).to.deep.include({ direction: 'outbound', status: 'done', outboundMessageId: email!.id })
    expect(outbound.body).to.contain('From: internal.cmg@dwp.gsi.gov.uk')
    const actions = await testApp.database
      .db('audit_log')
      .where({ actor_id: '35220900', subject_id: String(client.id) })
      .pluck('action')
    expect(actions).to.include.members(['email_response_sent', 'activity_marked_done'])
  })

  it('writes to a Welsh-speaking client in Welsh', async () => {
    const { client, base } = await messageFrom({ preferredLanguage: 'cy' }, 'Query about calculation')
    const { agent } = await signedInCaseworker(testApp.app)
    await post(agent, `${base}/respond/calculation-explained`, {
      'field-weeklyAmount': '52.10',
      'field-effectiveFrom-day': '1',
      'field-effectiveFrom-month': '9',
      'field-effectiveFrom-year': '2026',
    })
    await post(agent, `${base}/respond/calculation-explained/check`, {})
    const [email] = await testApp.database.db('outbound_messages').where({ client_id: client.id })
    expect(email!.subject).to.equal('Gwybodaeth Bwysig am eich achos Cynhaliaeth Plant')
    expect(email!.body).to.contain('Annwyl Ruth').and.contain('£52.10 yr wythnos')
  })

  it('sends from the configured address', async () => {
    const other = await createTestApp({ demoData: true, config: { caseworkerEmailSender: 'replies@cms.example' } })
    try {
      const client = await insertClient(other.database.db, other.deps.pinSecret, {
        contactPreference: 'self_service',
        email: 'ruth@example.com',
      })
      const activityId = await recordActivity(other.deps, client.id, { subject: 'General query' })
      const { agent } = await signedInCaseworker(other.app)
      const base = `/caseworker/clients/${client.id}/activities/${activityId}`
      await post(agent, `${base}/respond/calculation-explained`, {
        'field-weeklyAmount': '10',
        'field-effectiveFrom-day': '1',
        'field-effectiveFrom-month': '9',
        'field-effectiveFrom-year': '2026',
      })
      const check = parseHtml((await agent.get(`${base}/respond/calculation-explained/check`)).text)
      expect(textOf(check, 'main')).to.contain('From replies@cms.example')
    } finally {
      await other.close()
    }
  })

  describe('only for a self-service contact preference and a payment or calculation enquiry', () => {
    for (const [fixture, subject, expected] of [
      [{ contactPreference: 'post' }, 'Missing payments', 'contact preference is not Self Service'],
      [{ contactPreference: 'telephone' }, 'General query', 'contact preference is not Self Service'],
      [{ email: null }, 'Missing payments', 'no email address'],
      [{}, 'Make a complaint', 'Only a missing payment enquiry or a general account or calculation enquiry'],
      [{}, 'Problem with the site', 'Only a missing payment enquiry or a general account or calculation enquiry'],
    ] as const) {
      it(`says to telephone for ${JSON.stringify(fixture)} and ${subject}`, async () => {
        const { client, base } = await messageFrom(fixture, subject)
        const { agent } = await signedInCaseworker(testApp.app)
        const activityPage = parseHtml((await agent.get(base)).text)
        expect(activityPage(`a[href="${base}/respond"]`)).to.have.length(0)
        expect(textOf(activityPage, 'main .govuk-inset-text')).to.contain(expected)
        const page = parseHtml((await agent.get(`${base}/respond`)).text)
        expect(textOf(page, 'h1')).to.equal('Telephone the client')
        const posted = await agent
          .post(`${base}/respond/payment-paid-on/check`)
          .type('form')
          .send({ _csrf: csrfTokenFrom((await agent.get(base)).text) })
        expect(textOf(parseHtml(posted.text), 'h1')).to.equal('Telephone the client')
        expect(await testApp.database.db('outbound_messages').where({ client_id: client.id })).to.deep.equal([])
      })
    }

    it('allows a general query and a query about calculation, offering the calculation response', async () => {
      for (const subject of ['General query', 'Query about calculation']) {
        const { base } = await messageFrom({}, subject)
        const { agent } = await signedInCaseworker(testApp.app)
        const choose = parseHtml((await agent.get(`${base}/respond`)).text)
        expect(
          choose('input[name="templateId"]')
            .map((_index, input) => choose(input).val())
            .get(),
        ).to.deep.equal(['calculation-explained'])
      }
    })

    it('refuses a response meant for another kind of enquiry', async () => {
      const { base } = await messageFrom({}, 'Missing payments')
      const { agent } = await signedInCaseworker(testApp.app)
      expect((await agent.get(`${base}/respond/calculation-explained`)).status).to.equal(404)
    })

    it('says the message is answered once it is done', async () => {
      const { activityId, base } = await messageFrom()
      await testApp.deps.activities.markDone(activityId, '35220900', testApp.clock.now())
      const { agent } = await signedInCaseworker(testApp.app)
      expect(textOf(parseHtml((await agent.get(`${base}/respond`)).text), 'main')).to.contain(
        'This message has been answered',
      )
    })
  })

  describe('bad input', () => {
    it('asks for a response to be chosen', async () => {
      const { base } = await messageFrom()
      const { agent } = await signedInCaseworker(testApp.app)
      const response = await post(agent, `${base}/respond`, {})
      expect(response.status).to.equal(400)
      expect(parseHtml(response.text)('.govuk-error-summary a[href="#templateId"]').text()).to.equal(
        'Select an approved response',
      )
    })

    it('asks for each editable field, keeping what was typed', async () => {
      const { base } = await messageFrom()
      const { agent } = await signedInCaseworker(testApp.app)
      const response = await post(agent, `${base}/respond/payment-paid-on`, {
        ...paidOnFields,
        'field-amount': '',
        'field-paidOn-day': '31',
        'field-paidOn-month': '2',
      })
      expect(response.status).to.equal(400)
      const $ = parseHtml(response.text)
      expect($('.govuk-error-summary a[href="#field-amount"]').text()).to.equal('Enter the amount received')
      expect($('.govuk-error-summary a[href="#field-paidOn-day"]').text()).to.equal(
        'Date paid to the client must be a real date',
      )
      expect($('#field-receivedOn-day').val()).to.equal('28')
    })

    for (const [value, kind] of [
      ['Direct Debit QQ123456C', 'a National Insurance number'],
      ['Direct Debit 12345678', 'an account, card or reference number'],
      ['card 4444333322221111', 'an account, card or reference number'],
      ['DD ref 121003957455', 'an account, card or reference number'],
      ['Direct Debit 30-94-30', 'a sort code'],
      ['born 27/03/1985', 'a date'],
    ] as const) {
      it(`refuses personal data in an editable field: ${kind} in "${value}"`, async () => {
        const { client, base } = await messageFrom({}, 'General query')
        const { agent } = await signedInCaseworker(testApp.app)
        const response = await post(agent, `${base}/respond/calculation-explained`, {
          'field-weeklyAmount': '10',
          'field-effectiveFrom-day': '1',
          'field-effectiveFrom-month': '9',
          'field-effectiveFrom-year': '2026',
          optional: 'method',
          'field-paymentMethod': value,
        })
        expect(response.status).to.equal(400)
        const $ = parseHtml(response.text)
        expect($('.govuk-error-summary a[href="#field-paymentMethod"]').text())
          .to.contain('must not include personal data: remove')
          .and.contain(kind)
        expect($('#field-paymentMethod').val()).to.equal(value)
        const check = await agent.get(`${base}/respond/calculation-explained/check`)
        expect(check.headers.location).to.equal(`${base}/respond/calculation-explained`)
        expect(await testApp.database.db('outbound_messages').where({ client_id: client.id })).to.deep.equal([])
      })
    }

    it('answers 404 for another client’s message', async () => {
      const { activityId } = await messageFrom()
      const other = await insertClient(testApp.database.db, testApp.deps.pinSecret)
      const { agent } = await signedInCaseworker(testApp.app)
      expect((await agent.get(`/caseworker/clients/${other.id}/activities/${activityId}/respond`)).status).to.equal(404)
    })
  })
})
