import { expect } from 'chai'
import request from 'supertest'
import type { Activities } from '../../../models/activity.model.ts'
import { LetterIssuer } from '../../../services/letters/letter-issuer.ts'
import { insertClientRecord, insertEnrolledClient } from '../../fixtures/clients.ts'
import { issuePaymentPlan } from '../../fixtures/letters.ts'
import { signIn, submitForm } from '../../support/client-journeys.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { pdfLines } from '../../support/pdf-text.ts'
import { signedInCaseworker } from '../../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { signedInClient } from './message-helpers.ts'

describe('letters', function () {
  this.timeout(60_000)
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  const emailsTo = (clientId: number) =>
    testApp.database.db('outbound_messages').where({ client_id: clientId, template: 'letterWaiting' })

  describe('issuing', () => {
    it('puts a self-service client’s letter on the site only, with an email to say it is waiting', async () => {
      const clientId = await insertClientRecord(testApp.database.db, {
        contact_preference: 'self_service',
        email: 'sam@example.com',
      })
      const letter = await issuePaymentPlan(testApp.deps, clientId)
      expect(letter.delivery).to.equal('self_service')
      const [activity] = await testApp.deps.activities.listForClient(clientId)
      expect(activity).to.deep.include({
        activityType: 'outbound_letter',
        direction: 'outbound',
        subject: 'Your payment plan',
        letterId: letter.id,
        reference: letter.reference,
      })
      const emails = await emailsTo(clientId)
      expect(emails.map(email => [email.recipient, email.subject])).to.deep.equal([
        ['sam@example.com', 'You have a new letter from the Child Maintenance Service'],
      ])
      const audit = await testApp.database
        .db('audit_log')
        .where({ action: 'letter.issued', subject_id: String(letter.id) })
      expect(audit).to.have.length(1)
    })

    it('posts letters to clients who want post, and sends no email', async () => {
      const clientId = await insertClientRecord(testApp.database.db, {
        contact_preference: 'post',
        email: 'a@example.com',
      })
      expect((await issuePaymentPlan(testApp.deps, clientId)).delivery).to.equal('post')
      expect(await emailsTo(clientId)).to.deep.equal([])
    })

    it('always posts the letters the law says must be posted', async () => {
      const clientId = await insertClientRecord(testApp.database.db, {
        contact_preference: 'self_service',
        email: 'b@example.com',
      })
      const letter = await testApp.deps.letterIssuer.issue({
        clientId,
        templateCode: 'ARREARS_NOTICE',
        details: { caseNumber: '1', arrearsPence: 50000, payBy: '2026-12-14' },
        issuedBy: 'CW0001',
      })
      expect(letter.delivery).to.equal('post')
      expect(await emailsTo(clientId)).to.deep.equal([])
    })

    it('records neither the letter nor its activity when either cannot be written', async () => {
      const clientId = await insertClientRecord(testApp.database.db)
      const failing = {
        record: () => Promise.reject(new Error('activity write failed')),
      } as unknown as Activities
      const issuer = new LetterIssuer({ ...testApp.deps, activities: failing })
      let failed = false
      await issuer.issue({ clientId, templateCode: 'CMSL9800', issuedBy: 'system' }).catch(() => (failed = true))
      expect(failed).to.equal(true)
      expect(await testApp.deps.letters.listForClient(clientId)).to.deep.equal([])
    })

    it('issues CMSL9800 when a caseworker resets a client’s PIN', async () => {
      const { client } = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret, {
        contactPreference: 'self_service',
        email: 'reset@example.com',
      })
      const { agent } = await signedInCaseworker(testApp.app)
      await submitForm(agent, `/caseworker/clients/${client.id}/reset-pin`, {})
      const letters = await testApp.deps.letters.listForClient(client.id)
      expect(letters.map(letter => [letter.templateCode, letter.issuedBy, letter.delivery])).to.deep.equal([
        ['CMSL9800', '35220900', 'self_service'],
      ])
      expect(await emailsTo(client.id)).to.have.length(1)
    })
  })

  describe('the client’s letters', () => {
    it('lists the letters, new ones marked, saying how each was sent', async () => {
      const { agent, clientId } = await signedInClient(testApp)
      await issuePaymentPlan(testApp.deps, clientId)
      const response = await agent.get('/client/messages/letters')
      expect(response.status).to.equal(200)
      const $ = parseHtml(response.text)
      expect(textOf($, '[data-test="letters"] tbody tr')).to.equal(
        'Your payment plan (PDF) New 23 November 2026 Also sent by post',
      )
    })

    it('makes the letter’s PDF on the server, and opening it marks it read', async () => {
      const { agent, clientId } = await signedInClient(testApp)
      const letter = await issuePaymentPlan(testApp.deps, clientId)
      expect(await testApp.deps.letters.countUnread(clientId)).to.equal(1)
      const response = await agent.get(`/client/messages/letters/${letter.id}`).buffer(true)
      expect(response.status).to.equal(200)
      expect(response.headers['content-type']).to.equal('application/pdf')
      const text = (await pdfLines(response.body as Buffer)).flat().join('\n')
      expect(text).to.include('Your payment plan')
      expect(text).to.include(letter.reference)
      expect(text).to.include('The amount due is £125.50 each month. The first payment is due on 1 December 2026.')
      expect(await testApp.deps.letters.countUnread(clientId)).to.equal(0)
      const list = parseHtml((await agent.get('/client/messages/letters')).text)
      expect(textOf(list, '[data-test="letters"] tbody tr')).to.equal(
        'Your payment plan (PDF) 23 November 2026 Also sent by post',
      )
    })

    it('writes a Welsh letter in Welsh, with every Welsh letter printed', async () => {
      const { client, account, pin } = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret, {
        firstName: 'Gwenllïan',
        lastName: 'Llŷr',
        preferredLanguage: 'cy',
      })
      const letter = await testApp.deps.letterIssuer.issue({
        clientId: client.id,
        templateCode: 'CMSL9800',
        issuedBy: 'system',
      })
      const agent = request.agent(testApp.app)
      await signIn(agent, account.userId, account.password, pin)
      const response = await agent.get(`/client/messages/letters/${letter.id}`).buffer(true)
      const text = (await pdfLines(response.body as Buffer)).flat().join('\n')
      expect(text).to.include('Mae angen i ni ddiweddaru eich manylion diogelwch')
      expect(text).to.include('Annwyl Gwenllïan Llŷr')
    })

    it('answers 404 for another client’s letter, and leaves it unread', async () => {
      const { agent } = await signedInClient(testApp)
      const other = await signedInClient(testApp)
      const letter = await issuePaymentPlan(testApp.deps, other.clientId)
      expect((await agent.get(`/client/messages/letters/${letter.id}`)).status).to.equal(404)
      expect((await agent.get('/client/messages/letters/abc')).status).to.equal(404)
      expect(await testApp.deps.letters.countUnread(other.clientId)).to.equal(1)
    })

    it('shows letters in the contact history, linking to the PDF', async () => {
      const { agent, clientId } = await signedInClient(testApp)
      const letter = await issuePaymentPlan(testApp.deps, clientId)
      const $ = parseHtml((await agent.get('/client/messages?type=letters')).text)
      expect($('[data-test="contact-history"] a').attr('href')).to.equal(`/client/messages/letters/${letter.id}`)
    })

    it('sends anyone not signed in to sign in', async () => {
      const response = await request(testApp.app).get('/client/messages/letters')
      expect(response.headers.location).to.equal('/client/sign-in')
    })
  })
})
