import { expect } from 'chai'
import request from 'supertest'
import { submitForm } from '../../support/client-journeys.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { auditEntries, expectRefused, signedInClient, storedClient } from './details-helpers.ts'

const contact = '/client/my-details/contact'
const phones = `${contact}/phone-numbers`
const email = `${contact}/email`
const preference = `${contact}/preference`
const textUpdates = `${contact}/text-updates`

describe('My contact details: automated changes', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  async function withPhones(numbers: { phone_home?: string; phone_mobile?: string; phone_work?: string }) {
    const signedIn = await signedInClient(testApp)
    await testApp.database.db('clients').where({ id: signedIn.client.id }).update(numbers)
    return signedIn
  }

  it('shows the contact details with a change link for each', async () => {
    const { agent } = await withPhones({ phone_home: '0113 823 0570' })
    const $ = parseHtml((await agent.get(contact)).text)
    expect(textOf($, 'h1')).to.equal('My contact details')
    expect(textOf($, '[data-test="phone-numbers"]')).to.contain('0113 823 0570').and.contain('Not provided')
    expect(textOf($, '[data-test="email-and-addresses"]')).to.contain('alex.morgan@example.com')
    expect(textOf($, '[data-test="preferences"]')).to.contain('Post')
    for (const href of [phones, email, preference, textUpdates])
      expect($(`a[href="${href}"]`).length, href).to.be.above(0)
  })

  it('changes the phone numbers at once, keeping what was typed, with old and new values audited', async () => {
    const { agent, client } = await withPhones({ phone_home: '0113 823 0570', phone_work: '01632 960 001' })
    const response = await submitForm(agent, phones, {
      phoneHome: ' 0113  823 0571 ',
      phoneMobile: '+44 7700 900 982',
      phoneWork: '',
    })
    expect(response.headers.location).to.equal(contact)
    const stored = await storedClient(testApp, client.id)
    expect([stored.phone_home, stored.phone_mobile, stored.phone_work]).to.deep.equal([
      '0113 823 0571',
      '+44 7700 900 982',
      null,
    ])
    const [entry] = await auditEntries(testApp, client.id, 'phone_numbers_changed')
    expect(entry!.details).to.deep.equal({
      source: 'self_service',
      changes: {
        phone_home: { from: '0113 823 0570', to: '0113 823 0571' },
        phone_mobile: { from: null, to: '+44 7700 900 982' },
        phone_work: { from: '01632 960 001', to: null },
      },
    })
    const page = parseHtml((await agent.get(contact)).text)
    expect(textOf(page, '.govuk-notification-banner')).to.contain('Your phone numbers have been updated.')
    expect(parseHtml((await agent.get(contact)).text)('.govuk-notification-banner')).to.have.length(0)
  })

  it('refuses phone numbers that are not numbers, keeping what was typed', async () => {
    const { agent, client } = await signedInClient(testApp)
    const response = await expectRefused(
      agent,
      phones,
      { phoneHome: '12345', phoneMobile: '0113 823 0570', phoneWork: 'call me' },
      [
        'Enter a home phone number, like 01632 960 001 or +44 808 157 0192',
        'Enter a mobile phone number, like 07700 900 982 or +44 7700 900 982',
        'Enter a work phone number, like 01632 960 001 or +44 808 157 0192',
      ],
    )
    const $ = parseHtml(response.text)
    expect($('#phoneHome').val()).to.equal('12345')
    expect($('#phoneWork').val()).to.equal('call me')
    expect($('#phoneMobile').attr('autocomplete')).to.equal('tel')
    expect((await storedClient(testApp, client.id)).phone_mobile).to.equal(null)
    expect(await auditEntries(testApp, client.id, 'phone_numbers_changed')).to.have.length(0)
  })

  it('keeps the mobile number while text updates are on, and a number while the preference is telephone', async () => {
    const { agent, client } = await withPhones({ phone_mobile: '07700 900982' })
    await testApp.database
      .db('clients')
      .where({ id: client.id })
      .update({ sms_opt_in: true, contact_preference: 'telephone' })
    await expectRefused(agent, phones, { phoneHome: '', phoneMobile: '', phoneWork: '' }, [
      'Enter at least one phone number, or change your contact preference from telephone first',
      'Enter a mobile phone number, or stop text message updates before you remove it',
    ])
  })

  it('changes the email address, audited with the old one, and refuses a missing or malformed one', async () => {
    const { agent, client } = await signedInClient(testApp)
    await expectRefused(agent, email, { email: '' }, ['Enter your email address'])
    const refused = await expectRefused(agent, email, { email: 'alex@example' }, [
      'Enter an email address in the correct format, like name@example.com',
    ])
    expect(parseHtml(refused.text)('#email').val()).to.equal('alex@example')
    expect(parseHtml(refused.text)('#email').attr('autocomplete')).to.equal('email')
    const response = await submitForm(agent, email, { email: 'alex.new@example.com' })
    expect(response.headers.location).to.equal(contact)
    expect((await storedClient(testApp, client.id)).email).to.equal('alex.new@example.com')
    const [entry] = await auditEntries(testApp, client.id, 'email_changed')
    expect(entry!.details).to.deep.include({
      changes: { email: { from: 'alex.morgan@example.com', to: 'alex.new@example.com' } },
    })
  })

  it('changes the contact preference to self-service for a registered self-service user', async () => {
    const { agent, client } = await signedInClient(testApp)
    const page = parseHtml((await agent.get(preference)).text)
    expect(textOf(page, 'label[for="contactPreference"]')).to.equal('Only send letters to my self-service account')
    const response = await submitForm(agent, preference, { contactPreference: 'self_service' })
    expect(response.headers.location).to.equal(contact)
    expect((await storedClient(testApp, client.id)).contact_preference).to.equal('self_service')
    const [entry] = await auditEntries(testApp, client.id, 'contact_preference_changed')
    expect(entry!.details).to.deep.include({ changes: { contact_preference: { from: 'post', to: 'self_service' } } })
  })

  it('refuses self-service to anyone not registered as a self-service user, and each other missing fact', async () => {
    const { agent, client } = await signedInClient(testApp)
    await testApp.database.db('clients').where({ id: client.id }).update({ self_service: false })
    await expectRefused(agent, preference, { contactPreference: 'self_service' }, [
      'You can only choose your self-service account when you are registered to use this site',
    ])
    await expectRefused(agent, preference, {}, ['Select how you want us to contact you'])
    await expectRefused(agent, preference, { contactPreference: 'pigeon' }, ['Select how you want us to contact you'])
    await expectRefused(agent, preference, { contactPreference: 'telephone' }, [
      'Add a phone number before you choose telephone',
    ])
    await testApp.database.db('clients').where({ id: client.id }).update({ self_service: true, email: null })
    await expectRefused(agent, preference, { contactPreference: 'email' }, [
      'Add an email address before you choose this, so we can tell you when there is a new letter',
    ])
    expect((await storedClient(testApp, client.id)).contact_preference).to.equal('post')
  })

  it('opts in to text updates with a mobile number, and out again, each audited', async () => {
    const { agent, client } = await withPhones({ phone_mobile: '07700 900982' })
    expect((await submitForm(agent, textUpdates, { textUpdates: 'yes' })).headers.location).to.equal(contact)
    expect(Boolean((await storedClient(testApp, client.id)).sms_opt_in)).to.equal(true)
    await submitForm(agent, textUpdates, { textUpdates: 'no' })
    expect(Boolean((await storedClient(testApp, client.id)).sms_opt_in)).to.equal(false)
    const entries = await auditEntries(testApp, client.id, 'sms_opt_in_changed')
    expect(entries.map(entry => entry.details!.changes)).to.deep.equal([
      { sms_opt_in: { from: true, to: false } },
      { sms_opt_in: { from: false, to: true } },
    ])
  })

  it('refuses text updates without a mobile number, and no answer', async () => {
    const { agent, client } = await withPhones({ phone_home: '0113 823 0570' })
    await expectRefused(agent, textUpdates, { textUpdates: 'yes' }, [
      'Add a mobile phone number before you ask for text message updates',
    ])
    await expectRefused(agent, textUpdates, {}, ['Select yes if you want to get text message updates'])
    expect(Boolean((await storedClient(testApp, client.id)).sms_opt_in)).to.equal(false)
  })

  it('sends anyone not signed in to sign in, and refuses posts without the CSRF token', async () => {
    for (const path of [contact, phones, email, preference, textUpdates]) {
      expect((await request(testApp.app).get(path)).headers.location, path).to.equal('/client/sign-in')
    }
    const { agent, client } = await signedInClient(testApp)
    await agent.get(email)
    const response = await agent.post(email).type('form').send({ email: 'forged@example.com' })
    expect(response.status).to.equal(403)
    expect((await storedClient(testApp, client.id)).email).to.equal('alex.morgan@example.com')
  })
})
