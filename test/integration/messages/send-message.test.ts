import { expect } from 'chai'
import request from 'supertest'
import { contactReasons, messageSubjects } from '../../../services/messages/message-rules.ts'
import { insertCase } from '../../fixtures/cases.ts'
import { insertClientRecord } from '../../fixtures/clients.ts'
import { docx, png } from '../../fixtures/files.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { sendMessage, signedInClient } from './message-helpers.ts'

describe('sending a secure message', function () {
  this.timeout(60_000)
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  const inboundMessages = async (clientId: number) =>
    (await testApp.deps.activities.listForClient(clientId)).filter(item => item.activityType === 'inbound_message')

  it('shows the subjects, the client’s own children and the answer time', async () => {
    const { agent } = await signedInClient(testApp)
    const response = await agent.get('/client/messages/send')
    expect(response.status).to.equal(200)
    const $ = parseHtml(response.text)
    expect($('input[name="subject"]').length).to.equal(messageSubjects.length)
    expect($('input[name="subject"]:checked').length).to.equal(0)
    expect(
      $('input[name="children"]')
        .map((_index, input) => $(input).parent().text().trim())
        .get(),
    ).to.deep.equal(['Kate Morgan', 'Tom Morgan'])
    expect(response.text).to.include('We try to answer every question within 48 hours')
    expect($('form[enctype="multipart/form-data"]').attr('novalidate')).to.not.equal(undefined)
    expect($('input[type="file"][name="attachments"]').attr('multiple')).to.not.equal(undefined)
  })

  it('offers the children on all the client’s cases, paying or receiving, by first name', async () => {
    const { agent, clientId } = await signedInClient(testApp)
    const db = testApp.database.db
    await insertCase(db, {
      payingParentClientId: await insertClientRecord(db),
      receivingParentClientId: clientId,
      children: [
        { firstName: 'Zoe', lastName: 'Price', dateOfBirth: '2010-01-01' },
        { firstName: 'Lily', lastName: 'Price', dateOfBirth: '2020-01-01' },
      ],
    })
    const $ = parseHtml((await agent.get('/client/messages/send')).text)
    expect(
      $('input[name="children"]')
        .map((_index, input) => $(input).parent().text().trim())
        .get(),
    ).to.deep.equal(['Kate Morgan', 'Lily Price', 'Tom Morgan', 'Zoe Price'])
  })

  it('chooses Submit feedback for those who follow the feedback link in the banner', async () => {
    const { agent } = await signedInClient(testApp)
    const home = parseHtml((await agent.get('/client/home')).text)
    const feedbackLink = home('.govuk-phase-banner a').attr('href')!
    expect(feedbackLink).to.equal('/client/messages/send?subject=feedback')
    const $ = parseHtml((await agent.get(feedbackLink)).text)
    expect($('input[name="subject"]:checked').val()).to.equal('feedback')
  })

  it('sends a message for every subject, recorded as an inbound message due in two working days', async () => {
    const { agent, clientId, childIds } = await signedInClient(testApp)
    for (const subject of messageSubjects) {
      const response = await sendMessage(agent, { subject, children: String(childIds[0]), message: `About ${subject}` })
      expect(response.status, subject).to.equal(302)
      expect(response.headers.location).to.match(/^\/client\/messages\/sent\/\d+$/)
    }
    const messages = await inboundMessages(clientId)
    expect(messages.map(message => message.subject).sort()).to.deep.equal(Object.values(contactReasons).sort())
    for (const message of messages) {
      expect(message).to.deep.include({ direction: 'inbound', status: 'open', createdBy: 'self_service' })
      // Monday 23 November 2026: answer due on Wednesday 25th.
      expect(message.dueOn).to.equal('2026-11-25')
      expect(message.reference).to.match(/^M-[A-Z2-9]{8}$/)
    }
    const audit = await testApp.database.db('audit_log').where({ action: 'message.sent', actor_id: String(clientId) })
    expect(audit).to.have.length(messageSubjects.length)
  })

  it('names the children in the message for missing payments, and confirms with the reference', async () => {
    const { agent, clientId, childIds } = await signedInClient(testApp)
    const response = await sendMessage(agent, {
      subject: 'missingPayments',
      children: childIds.map(String),
      message: 'No payment arrived in October.',
    })
    const [message] = await inboundMessages(clientId)
    expect(message!.body).to.equal('No payment arrived in October.\n\nChildren: Kate Morgan, Tom Morgan')
    const confirmation = await agent.get(response.headers.location!)
    expect(confirmation.status).to.equal(200)
    const $ = parseHtml(confirmation.text)
    expect(textOf($, 'h1')).to.equal('Message sent')
    expect(textOf($, '[data-test="reference"]')).to.equal(message!.reference)
    expect(confirmation.text).to.not.include('No payment arrived in October.')
  })

  const problems: Array<[string, Record<string, string | string[]>, string, string]> = [
    ['no subject', { message: 'Hello' }, '#subject', 'Select what your message is about'],
    [
      'missing payments without a child',
      { subject: 'missingPayments', message: 'Hello' },
      '#children',
      'Select the child or children the missing payments are for',
    ],
    ['no message', { subject: 'generalQuery', message: '   ' }, '#message', 'Enter your message'],
    [
      'a message too long',
      { subject: 'generalQuery', message: 'x'.repeat(2001) },
      '#message',
      'Your message must be 2,000 characters or fewer',
    ],
  ]
  for (const [problem, fields, href, text] of problems) {
    it(`refuses ${problem}, keeping what was typed and recording nothing`, async () => {
      const { agent, clientId } = await signedInClient(testApp)
      const response = await sendMessage(agent, fields)
      expect(response.status).to.equal(400)
      const $ = parseHtml(response.text)
      expect($('title').text()).to.match(/^Error: Send a message/)
      expect($(`.govuk-error-summary a[href="${href}"]`).text()).to.equal(text)
      expect($('textarea[name="message"]').text()).to.equal(fields.message === '   ' ? '' : fields.message)
      if (fields.subject) expect($('input[name="subject"]:checked').val()).to.equal(fields.subject)
      expect(await testApp.deps.activities.listForClient(clientId)).to.deep.equal([])
    })
  }

  it('refuses a child from another client’s case', async () => {
    const { agent, clientId } = await signedInClient(testApp)
    const other = await signedInClient(testApp)
    const response = await sendMessage(agent, {
      subject: 'missingPayments',
      children: String(other.childIds[0]),
      message: 'Hello',
    })
    expect(response.status).to.equal(400)
    expect(textOf(parseHtml(response.text), '.govuk-error-summary a[href="#children"]')).to.equal(
      'Select a child from the list',
    )
    const offered = parseHtml(response.text)('input[name="children"]').map((_index, input) => input.attribs.value)
    expect(offered.get()).to.not.include(String(other.childIds[0]))
    expect(await inboundMessages(clientId)).to.deep.equal([])
  })

  it('sends two attachments with the message, linked to it', async () => {
    const { agent, clientId } = await signedInClient(testApp)
    const response = await sendMessage(agent, { subject: 'generalQuery', message: 'My payslips' }, [
      { name: 'payslip-1.png', content: png() },
      { name: 'payslip-2.png', content: png() },
    ])
    expect(response.status).to.equal(302)
    const [message] = await inboundMessages(clientId)
    const documents = await testApp.deps.documents.listForOwner(clientId)
    expect(documents.map(document => [document.originalFileName, document.messageId]).sort()).to.deep.equal([
      ['payslip-1.png', message!.id],
      ['payslip-2.png', message!.id],
    ])
  })

  it('sends nothing when one attachment is refused: the typed message is kept and the error recorded', async () => {
    const { agent, clientId } = await signedInClient(testApp)
    const response = await sendMessage(agent, { subject: 'complaint', message: 'Please read my letter' }, [
      { name: 'photo.png', content: png() },
      { name: 'letter.png', content: docx() },
    ])
    expect(response.status).to.equal(400)
    const $ = parseHtml(response.text)
    expect($('.govuk-error-summary a[href="#attachments"]').text()).to.equal(
      'letter.png must be a JPG, PNG, GIF, TIF or PDF',
    )
    expect($('textarea[name="message"]').text()).to.equal('Please read my letter')
    expect($('input[name="subject"]:checked').val()).to.equal('complaint')
    expect(await inboundMessages(clientId)).to.deep.equal([])
    expect(await testApp.deps.documents.listForOwner(clientId)).to.deep.equal([])
    const activities = await testApp.deps.activities.listForClient(clientId)
    expect(activities.map(item => [item.activityType, item.status, item.errorStatus])).to.deep.equal([
      ['upload_error', 'in_progress', 'in_error'],
    ])
    // Sent again without the refused file, it goes.
    const again = await sendMessage(agent, { subject: 'complaint', message: 'Please read my letter' }, [
      { name: 'photo.png', content: png() },
    ])
    expect(again.status).to.equal(302)
  })

  it('shows the confirmation only for the client’s own message', async () => {
    const { agent } = await signedInClient(testApp)
    const other = await signedInClient(testApp)
    const sent = await sendMessage(other.agent, { subject: 'generalQuery', message: 'Mine' })
    expect((await agent.get(sent.headers.location!)).status).to.equal(404)
    expect((await agent.get('/client/messages/sent/not-a-number')).status).to.equal(404)
  })

  it('refuses a message posted without the form’s CSRF token', async () => {
    const { agent, clientId } = await signedInClient(testApp)
    const response = await agent.post('/client/messages/send').field('subject', 'generalQuery').field('message', 'Hi')
    expect(response.status).to.equal(403)
    expect(await inboundMessages(clientId)).to.deep.equal([])
  })

  it('sends anyone not signed in to sign in', async () => {
    const response = await request(testApp.app).get('/client/messages/send')
    expect(response.status).to.equal(302)
    expect(response.headers.location).to.equal('/client/sign-in')
  })

  it('is in Welsh', async () => {
    const { agent } = await signedInClient(testApp)
    const response = await agent.get('/client/messages/send?lang=cy')
    expect(textOf(parseHtml(response.text), 'h1')).to.equal('Anfon neges')
  })
})
