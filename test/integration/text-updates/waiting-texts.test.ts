import { expect } from 'chai'
import { insertClientRecord } from '../../fixtures/clients.ts'
import { issuePaymentPlan } from '../../fixtures/letters.ts'
import { submitForm, type Agent } from '../../support/client-journeys.ts'
import { caseworkerTestBed } from '../../support/staff-journeys.ts'
import type { TestApp } from '../../support/test-app.ts'
import { textsTo } from '../../support/text-updates.ts'

/**
 * Everything a client can read on the site that we sent them (a letter, posted or not; a letter sent
 * again; a notification email sent again) texts them, once, that it is waiting, when they opted in
 * with a mobile number.
 */
describe('SMS text updates: letters and resent messages waiting on the site', () => {
  let testApp: TestApp
  let agent: Agent
  before(async () => {
    ;({ testApp, agent } = await caseworkerTestBed())
  })
  after(() => testApp.close())

  async function client(fields: {
    contact_preference?: string
    sms_opt_in?: boolean
    phone_mobile?: string | null
    preferred_language?: 'en' | 'cy'
  }) {
    return insertClientRecord(testApp.database.db, {
      first_name: 'Bethan',
      last_name: 'Morgan',
      email: 'bethan@example.com',
      contact_preference: 'post',
      sms_opt_in: true,
      phone_mobile: '07700 900200',
      preferred_language: 'en',
      ...fields,
    })
  }

  describe('a letter', () => {
    it('texts once for a posted letter, since it is on the client’s Letters page too', async () => {
      const clientId = await client({ contact_preference: 'post' })
      expect((await issuePaymentPlan(testApp.deps, clientId)).delivery).to.equal('post')
      const texts = await textsTo(testApp, clientId)
      expect(texts.map(text => [text.template, text.recipient, text.language])).to.deep.equal([
        ['textLetterWaiting', '07700 900200', 'en'],
      ])
      expect(texts[0]!.body).to.equal(
        'Hello Bethan, you have a new letter from the Child Maintenance Service. Sign in to your account to read it.',
      )
    })

    it('texts once for a letter on the site only, beside its email', async () => {
      const clientId = await client({ contact_preference: 'self_service' })
      expect((await issuePaymentPlan(testApp.deps, clientId)).delivery).to.equal('self_service')
      expect((await textsTo(testApp, clientId)).map(text => text.template)).to.deep.equal(['textLetterWaiting'])
    })

    it('texts in Welsh for a Welsh-language client, with their first name only', async () => {
      const clientId = await client({ preferred_language: 'cy' })
      await issuePaymentPlan(testApp.deps, clientId)
      const [text] = await textsTo(testApp, clientId)
      expect(text!.language).to.equal('cy')
      expect(text!.body).to.contain('Helo Bethan, mae gennych lythyr newydd').and.not.contain('Morgan')
    })

    it('sends no text to a client who has not opted in, or has no mobile number', async () => {
      const notOptedIn = await client({ sms_opt_in: false })
      const noMobile = await client({ phone_mobile: null })
      await issuePaymentPlan(testApp.deps, notOptedIn)
      await issuePaymentPlan(testApp.deps, noMobile)
      expect(await textsTo(testApp, notOptedIn)).to.deep.equal([])
      expect(await textsTo(testApp, noMobile)).to.deep.equal([])
    })

    it('texts once for the letter a caseworker’s PIN reset issues', async () => {
      const clientId = await client({ contact_preference: 'self_service' })
      const resetPage = `/caseworker/clients/${clientId}/reset-pin`
      expect((await submitForm(agent, resetPage, {}, resetPage)).status).to.equal(302)
      const letters = await testApp.deps.letters.listForClient(clientId)
      expect(letters.map(letter => letter.templateCode)).to.deep.equal(['CMSL9800'])
      expect((await textsTo(testApp, clientId)).map(text => text.template)).to.deep.equal(['textLetterWaiting'])
    })

    it('texts once more when a caseworker sends the letter again', async () => {
      const clientId = await client({})
      await issuePaymentPlan(testApp.deps, clientId)
      const [activity] = await testApp.deps.activities.listForClient(clientId, { types: ['outbound_letter'] })
      const activityPage = `/caseworker/clients/${clientId}/activities/${activity!.id}`
      const response = await submitForm(agent, `${activityPage}/resend-letter`, {}, activityPage)
      expect(response.status).to.equal(302)
      expect(await testApp.deps.letters.listForClient(clientId)).to.have.length(2)
      expect((await textsTo(testApp, clientId)).map(text => text.template)).to.deep.equal([
        'textLetterWaiting',
        'textLetterWaiting',
      ])
    })
  })

  describe('a notification sent again', () => {
    async function sentBefore(clientId: number, channel: 'email' | 'sms'): Promise<number> {
      const reference = `original-${clientId}-${channel}`
      await testApp.deps.outbox.record(
        {
          channel,
          recipient: channel === 'email' ? 'bethan@example.com' : '07700 900200',
          clientId,
          template: channel === 'email' ? 'letterWaiting' : 'textPaymentReceived',
          language: 'en',
          subject: channel === 'email' ? 'You have a new letter' : null,
          body: 'Dear Bethan',
          reference,
          status: 'stored',
          providerId: null,
        },
        new Date('2026-11-20T10:00:00.000Z'),
      )
      return (await testApp.deps.outbox.idByReference(reference))!
    }

    const resend = (messageId: number) =>
      submitForm(agent, `/caseworker/outbound-messages/${messageId}/resend`, {}, '/caseworker/outbound-messages')

    const waitingTexts = async (clientId: number) =>
      (await textsTo(testApp, clientId)).filter(text => text.template === 'textMessageWaiting')

    it('texts once that a message is waiting when an email is resent to the contact history', async () => {
      const clientId = await client({})
      const response = await resend(await sentBefore(clientId, 'email'))
      expect(response.status).to.equal(302)
      const emails = await testApp.deps.activities.listForClient(clientId, { types: ['outbound_email'] })
      expect(emails, 'the resent email on the site').to.have.length(1)
      const texts = await waitingTexts(clientId)
      expect(texts.map(text => [text.recipient, text.language])).to.deep.equal([['07700 900200', 'en']])
      expect(texts[0]!.body).to.equal(
        'Hello Bethan, you have a new message from the Child Maintenance Service. Sign in to your account to read it.',
      )
    })

    it('texts in Welsh for a Welsh-language client', async () => {
      const clientId = await client({ preferred_language: 'cy' })
      await resend(await sentBefore(clientId, 'email'))
      const [text] = await waitingTexts(clientId)
      expect(text!.language).to.equal('cy')
      expect(text!.body).to.contain('Helo Bethan, mae gennych neges newydd')
    })

    it('sends no waiting text to a client who has not opted in', async () => {
      const clientId = await client({ sms_opt_in: false })
      expect((await resend(await sentBefore(clientId, 'email'))).status).to.equal(302)
      expect(await textsTo(testApp, clientId)).to.deep.equal([])
    })

    it('sends no waiting text when the resent message is itself a text (it is not on the site)', async () => {
      const clientId = await client({})
      expect((await resend(await sentBefore(clientId, 'sms'))).status).to.equal(302)
      expect(await waitingTexts(clientId)).to.deep.equal([])
      expect((await textsTo(testApp, clientId)).map(text => text.template)).to.deep.equal([
        'caseworkerNotifications:resent',
        'textPaymentReceived',
      ])
    })
  })
})
