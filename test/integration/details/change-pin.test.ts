import { expect } from 'chai'
import request from 'supertest'
import { submitForm } from '../../support/client-journeys.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { auditEntries, expectRefused, signedInClient, storedClient } from './details-helpers.ts'

const changePin = '/client/my-details/pin'

describe('My details and changing the client PIN', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  it('shows the My details hub in the menu, with the security settings and a link to change the PIN', async () => {
    const { agent } = await signedInClient(testApp)
    const $ = parseHtml((await agent.get('/client/my-details')).text)
    expect(textOf($, 'h1')).to.equal('My details')
    expect($('.govuk-service-navigation__item--active').text()).to.contain('My details')
    expect(textOf($, 'main h2')).to.equal('My login and security settings')
    expect($(`a[href="${changePin}"]`).text()).to.equal('Change your client PIN')
  })

  it('sends anyone not signed in to sign in', async () => {
    for (const path of ['/client/my-details', changePin, '/client/my-details/pin/changed']) {
      const response = await request(testApp.app).get(path)
      expect(response.status, path).to.equal(302)
      expect(response.headers.location, path).to.equal('/client/sign-in')
    }
  })

  it('changes the PIN at once, audits it without the PIN, and emails the client', async () => {
    const { agent, client } = await signedInClient(testApp, { email: 'pin.change@example.com' })
    const response = await submitForm(agent, changePin, {
      existingPin: '2468135',
      newPin: '3572946',
      confirmPin: '3572946',
    })
    expect(response.status).to.equal(302)
    expect(response.headers.location).to.equal('/client/my-details/pin/changed')
    const stored = await storedClient(testApp, client.id)
    expect(testApp.deps.pinSecret.decrypt(stored.pin_ciphertext!, stored.customer_reference_number)).to.equal('3572946')
    const [entry] = await auditEntries(testApp, client.id, 'pin_changed_by_client')
    expect(entry, 'audit entry').not.to.equal(undefined)
    expect(JSON.stringify(entry!.details)).not.to.contain('3572946')
    expect(JSON.stringify(entry!.details)).not.to.contain('2468135')
    const emails = await testApp.database
      .db('outbound_messages')
      .where({ client_id: client.id, template: 'pinChanged' })
    expect(emails.map(email => email.recipient)).to.deep.equal(['pin.change@example.com'])
    const done = parseHtml((await agent.get(response.headers.location!)).text)
    expect(textOf(done, 'h1')).to.equal('Your PIN has been changed')
    expect(done('main').text()).to.contain('We’ve sent you an email to confirm the change.')
  })

  it('refuses each problem with the GOV.UK message, never echoing a PIN back', async () => {
    const { agent, client } = await signedInClient(testApp)
    const cases: Array<[Record<string, string>, string[]]> = [
      [{}, ['Enter your existing PIN', 'Enter a new PIN', 'Confirm your new PIN']],
      [{ existingPin: '12a', newPin: '3572946', confirmPin: '3572946' }, ['Your existing PIN must be 7 digits']],
      [{ existingPin: '2468135', newPin: '35729', confirmPin: '35729' }, ['Your new PIN must be 7 digits']],
      [
        { existingPin: '2468135', newPin: '4444444', confirmPin: '4444444' },
        ['Your new PIN must not be the same digit 7 times'],
      ],
      [
        { existingPin: '2468135', newPin: '7654321', confirmPin: '7654321' },
        ['Your new PIN must not be a simple run of digits, like 1234567'],
      ],
      [
        { existingPin: '2468135', newPin: '2468135', confirmPin: '2468135' },
        ['Your new PIN must be different from your existing PIN'],
      ],
      [{ existingPin: '2468135', newPin: '3572946', confirmPin: '' }, ['Confirm your new PIN']],
      [{ existingPin: '2468135', newPin: '3572946', confirmPin: '3572947' }, ['The PINs you entered do not match']],
    ]
    for (const [fields, messages] of cases) {
      const response = await expectRefused(agent, changePin, fields, messages)
      const $ = parseHtml(response.text)
      for (const id of ['existingPin', 'newPin', 'confirmPin']) expect($(`#${id}`).val() ?? '', id).to.equal('')
    }
    const stored = await storedClient(testApp, client.id)
    expect(testApp.deps.pinSecret.decrypt(stored.pin_ciphertext!, stored.customer_reference_number)).to.equal('2468135')
  })

  it('counts a wrong existing PIN towards the lock-out, and locks the account at the third', async () => {
    const { agent, client } = await signedInClient(testApp)
    const wrong = { existingPin: '1357924', newPin: '3572946', confirmPin: '3572946' }
    await expectRefused(agent, changePin, wrong, [
      'The existing PIN you entered is not right. You can try 2 more times before your account is locked.',
    ])
    await expectRefused(agent, changePin, wrong, [
      'The existing PIN you entered is not right. If you enter the wrong PIN again, your account will be locked.',
    ])
    const third = await submitForm(agent, changePin, wrong)
    expect(third.headers.location).to.equal('/client/sign-in/locked')
    expect((await storedClient(testApp, client.id)).self_service_locked_at).not.to.equal(null)
    expect((await agent.get('/client/my-details')).headers.location).to.equal('/client/sign-in')
  })

  it('refuses a change without the CSRF token', async () => {
    const { agent } = await signedInClient(testApp)
    const page = await agent.get(changePin)
    expect(csrfTokenFrom(page.text)).to.be.a('string')
    const response = await agent
      .post(changePin)
      .type('form')
      .send({ existingPin: '2468135', newPin: '3572946', confirmPin: '3572946' })
    expect(response.status).to.equal(403)
  })

  it('shows the pages in Welsh', async () => {
    const { agent } = await signedInClient(testApp)
    const $ = parseHtml((await agent.get(`${changePin}?lang=cy`)).text)
    expect(textOf($, 'h1')).to.equal('Newid eich PIN cleient')
  })
})
