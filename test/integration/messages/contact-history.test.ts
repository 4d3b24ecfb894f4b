import { expect } from 'chai'
import request from 'supertest'
import { newActivity, type ActivityType, type ActivityDirection } from '../../../models/activity.model.ts'
import { png } from '../../fixtures/files.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { sendMessage, signedInClient } from './message-helpers.ts'

describe('messages and contact history', function () {
  this.timeout(60_000)
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  const record = (
    clientId: number,
    activityType: ActivityType,
    direction: ActivityDirection,
    subject: string,
    at: string,
  ) =>
    testApp.deps.activities.record(
      newActivity({ clientId, activityType, direction, subject, status: 'done', createdBy: 'CW0001' }),
      new Date(at),
    )

  const rowsOf = (html: string) => {
    const $ = parseHtml(html)
    return $('[data-test="contact-history"] tbody tr')
      .map((_index, row) =>
        $(row)
          .find('td')
          .map((_cell, cell) => $(cell).text().replace(/\s+/g, ' ').trim())
          .get()
          .join(' | '),
      )
      .get()
  }

  async function clientWithHistory() {
    const signedIn = await signedInClient(testApp)
    const { clientId } = signedIn
    await record(clientId, 'phone_call', 'inbound', 'Called about a payment', '2026-10-01T09:00:00.000Z')
    await record(clientId, 'outbound_email', 'outbound', 'Approved response: payment dates', '2026-10-05T09:00:00.000Z')
    await record(clientId, 'fax', 'outbound', 'Fax to employer copy', '2026-10-10T09:00:00.000Z')
    await record(clientId, 'upload_error', 'inbound', 'Self Service upload error', '2026-10-12T09:00:00.000Z')
    return signedIn
  }

  it('shows everything between the client and the service, newest first, but not upload errors or message text', async () => {
    const { agent } = await clientWithHistory()
    await sendMessage(agent, { subject: 'generalQuery', message: 'A private question' }, [
      { name: 'payslip-1.png', content: png() },
      { name: 'payslip-2.png', content: png() },
    ])
    const response = await agent.get('/client/messages')
    expect(response.status).to.equal(200)
    expect(rowsOf(response.text)).to.deep.equal([
      '23 November 2026 | Message | General query payslip-1.png payslip-2.png | Sent by you',
      '10 October 2026 | Fax | Fax to employer copy | Sent to you',
      '5 October 2026 | Email | Approved response: payment dates | Sent to you',
      '1 October 2026 | Phone call | Called about a payment | Sent by you',
    ])
    expect(response.text).to.not.include('A private question')
    const $ = parseHtml(response.text)
    expect($('.govuk-service-navigation__item--active').text().trim()).to.equal('My messages')
  })

  it('filters by type, direction and dates given as dd/mm/yyyy', async () => {
    const { agent } = await clientWithHistory()
    expect(rowsOf((await agent.get('/client/messages?type=emails')).text)).to.have.length(1)
    expect(rowsOf((await agent.get('/client/messages?direction=sent')).text)).to.deep.equal([
      '1 October 2026 | Phone call | Called about a payment | Sent by you',
    ])
    const dated = await agent.get('/client/messages?from=5/10/2026&to=10/10/2026')
    expect(rowsOf(dated.text).map(row => row.split(' | ')[1])).to.deep.equal(['Fax', 'Email'])
    const $ = parseHtml(dated.text)
    expect($('#from').val()).to.equal('5/10/2026')
  })

  it('counts a day in UK time: a call at 11:30pm on 30 September (BST) belongs to 1 October', async () => {
    const { agent, clientId } = await signedInClient(testApp)
    await record(clientId, 'phone_call', 'inbound', 'Late call', '2026-09-30T23:30:00.000Z')
    expect(rowsOf((await agent.get('/client/messages?from=01/10/2026&to=01/10/2026')).text)).to.have.length(1)
    expect(rowsOf((await agent.get('/client/messages?to=30/09/2026')).text)).to.have.length(0)
  })

  it('says when nothing matches', async () => {
    const { agent } = await clientWithHistory()
    const response = await agent.get('/client/messages?type=letters')
    expect(textOf(parseHtml(response.text), '[data-test="no-matches"]')).to.equal(
      'No contact history matches those criteria.',
    )
  })

  const dateProblems: Array<[string, string, string, string]> = [
    [
      'a from date that is not a date',
      'from=31/02/2026',
      '#from',
      'From date must be a real date, for example 27/3/2026',
    ],
    ['a to date in the wrong format', 'to=2026-10-01', '#to', 'To date must be a real date, for example 27/3/2026'],
    [
      'dates the wrong way round',
      'from=10/10/2026&to=1/10/2026',
      '#to',
      'To date must be the same as or after the from date',
    ],
  ]
  for (const [problem, query, href, message] of dateProblems) {
    it(`explains ${problem}, keeping what was typed`, async () => {
      const { agent } = await clientWithHistory()
      const response = await agent.get(`/client/messages?${query}`)
      expect(response.status).to.equal(400)
      const $ = parseHtml(response.text)
      expect($(`.govuk-error-summary a[href="${href}"]`).text()).to.equal(message)
      expect($('title').text()).to.match(/^Error: /)
      expect($(href).val()).to.equal(new URLSearchParams(query).get(href.slice(1)))
    })
  }

  it('shows ten a page, with pages that keep the filters', async () => {
    const { agent, clientId } = await signedInClient(testApp)
    for (let day = 1; day <= 12; day++) {
      await record(
        clientId,
        'phone_call',
        'outbound',
        `Call ${day}`,
        `2026-10-${String(day).padStart(2, '0')}T10:00:00.000Z`,
      )
    }
    const first = await agent.get('/client/messages?type=phoneCalls')
    expect(rowsOf(first.text)).to.have.length(10)
    expect(rowsOf(first.text)[0]).to.include('Call 12')
    const $ = parseHtml(first.text)
    const next = $('.govuk-pagination__next a').attr('href')!
    expect(next).to.equal('/client/messages?type=phoneCalls&page=2')
    const second = await agent.get(next)
    expect(rowsOf(second.text).map(row => row.split(' | ')[2])).to.deep.equal(['Call 2', 'Call 1'])
  })

  it('counts every entry from a page of it, and from a page past the last', async () => {
    const { clientId } = await signedInClient(testApp)
    for (let day = 1; day <= 11; day++) {
      await record(clientId, 'fax', 'inbound', `Fax ${day}`, `2026-09-${String(day).padStart(2, '0')}T10:00:00.000Z`)
    }
    const second = await testApp.deps.contactHistory.page(clientId, { type: 'faxes' }, 2)
    expect(second.entries.map(entry => entry.subject)).to.deep.equal(['Fax 1'])
    expect([second.total, second.pageCount]).to.deep.equal([11, 2])
    const pastTheEnd = await testApp.deps.contactHistory.page(clientId, { type: 'faxes' }, 5)
    expect(pastTheEnd.entries).to.deep.equal([])
    expect([pastTheEnd.total, pastTheEnd.pageCount]).to.deep.equal([11, 2])
  })

  it('shows only the client’s own history', async () => {
    const { agent } = await signedInClient(testApp)
    await clientWithHistory()
    const response = await agent.get('/client/messages')
    expect(rowsOf(response.text)).to.deep.equal([])
    expect(textOf(parseHtml(response.text), '[data-test="no-history"]')).to.equal('You have no contact history yet.')
  })

  it('is in Welsh, subjects of sent messages included', async () => {
    const { agent } = await signedInClient(testApp)
    await sendMessage(agent, { subject: 'complaint', message: 'Cwyn' })
    const response = await agent.get('/client/messages?lang=cy')
    expect(textOf(parseHtml(response.text), 'h1')).to.equal('Negeseuon a hanes cyswllt')
    expect(rowsOf(response.text)[0]).to.include('Gwneud cwyn')
  })

  it('sends anyone not signed in to sign in', async () => {
    const response = await request(testApp.app).get('/client/messages')
    expect(response.headers.location).to.equal('/client/sign-in')
  })
})
