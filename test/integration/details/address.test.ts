import { expect } from 'chai'
import { submitForm } from '../../support/client-journeys.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { auditEntries, expectRefused, signedInClient, storedClient } from './details-helpers.ts'

const find = (type: string) => `/client/my-details/contact/address/${type}`
const choose = (type: string) => `${find(type)}/choose`
const manual = (type: string) => `${find(type)}/manual`
const check = '/client/my-details/changes/check'

describe('changing an address: the postcode lookup and the manual route', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  async function withHomeAddress() {
    const signedIn = await signedInClient(testApp)
    await testApp.database.db('clients').where({ id: signedIn.client.id }).update({
      address_line_1: '14 Elm Road',
      address_town: 'Leeds',
      address_county: 'West Yorkshire',
      address_postcode: 'LS6 2AB',
      address_country: 'United Kingdom',
    })
    return signedIn
  }

  it('finds the addresses at a postcode typed in any case and spacing', async () => {
    const { agent } = await signedInClient(testApp)
    const response = await submitForm(agent, find('home'), { postcode: ' bt28  2bl ' })
    expect(response.headers.location).to.equal(choose('home'))
    const $ = parseHtml((await agent.get(choose('home'))).text)
    expect(textOf($, 'h1')).to.equal('Select your home address')
    const options = $('.govuk-radios__label')
      .map((_index, label) => $(label).text().trim())
      .get()
    expect(options.length).to.be.above(5)
    expect(options.every(option => option.endsWith('Lisburn, BT28 2BL'))).to.equal(true)
    expect(textOf($, '.govuk-hint')).to.match(/^\d+ addresses found for BT28 2BL$/)
  })

  it('refuses a missing or malformed postcode, keeping what was typed', async () => {
    const { agent } = await signedInClient(testApp)
    await expectRefused(agent, find('home'), { postcode: '' }, ['Enter a postcode'])
    const response = await expectRefused(agent, find('postal'), { postcode: 'LS6' }, [
      'Enter a full UK postcode, like LS6 2AB',
    ])
    expect(parseHtml(response.text)('#postcode').val()).to.equal('LS6')
    expect(parseHtml(response.text)('#postcode').attr('autocomplete')).to.equal('postal-code')
  })

  it('says when no addresses are found, offering a new search or manual entry', async () => {
    const { agent } = await signedInClient(testApp)
    await submitForm(agent, find('home'), { postcode: 'ZZ9 9ZZ' })
    const $ = parseHtml((await agent.get(choose('home'))).text)
    expect(textOf($, 'h1')).to.equal('We could not find an address')
    expect(textOf($, '[data-test="no-addresses"]')).to.contain('We could not find any addresses for ZZ9 9ZZ')
    expect($(`a[href="${manual('home')}"]`).text()).to.equal('Enter the address manually')
  })

  it('updates the home address at once when chosen from the list, audited with old and new values', async () => {
    const { agent, client } = await withHomeAddress()
    await submitForm(agent, find('home'), { postcode: 'wf13qt' })
    const page = parseHtml((await agent.get(choose('home'))).text)
    const addressId = String(page('input[name="addressId"]').first().val())
    const chosenText = page('.govuk-radios__label').first().text().trim()
    await expectRefused(agent, choose('home'), {}, ['Select your address'])
    await expectRefused(agent, choose('home'), { addressId: 'A99999' }, ['Select your address'])
    const response = await submitForm(agent, choose('home'), { addressId })
    expect(response.headers.location).to.equal('/client/my-details/contact')
    const stored = await storedClient(testApp, client.id)
    expect(chosenText).to.equal(`${stored.address_line_1}, ${stored.address_town}, WF1 3QT`)
    expect(stored).to.include({
      address_town: 'Wakefield',
      address_postcode: 'WF1 3QT',
      address_county: 'West Yorkshire',
    })
    const [entry] = await auditEntries(testApp, client.id, 'home_address_changed')
    expect(entry!.details!.changes).to.deep.include({
      address_line_1: { from: '14 Elm Road', to: stored.address_line_1 },
      address_town: { from: 'Leeds', to: 'Wakefield' },
      address_postcode: { from: 'LS6 2AB', to: 'WF1 3QT' },
    })
    const contact = parseHtml((await agent.get('/client/my-details/contact')).text)
    expect(textOf(contact, '.govuk-notification-banner')).to.contain('Your home address has been updated.')
  })

  it('sets a separate postal address from the lookup, leaving the home address alone', async () => {
    const { agent, client } = await withHomeAddress()
    await submitForm(agent, find('postal'), { postcode: 'BT48 7AB' })
    const page = parseHtml((await agent.get(choose('postal'))).text)
    await submitForm(agent, choose('postal'), { addressId: String(page('input[name="addressId"]').first().val()) })
    const stored = await storedClient(testApp, client.id)
    expect(stored).to.include({ postal_address_postcode: 'BT48 7AB', postal_address_country: 'Northern Ireland' })
    expect(stored.address_postcode).to.equal('LS6 2AB')
    expect(await auditEntries(testApp, client.id, 'postal_address_changed')).to.have.length(1)
  })

  it('sends a typed address as a service request from Self Service, leaving the record unchanged', async () => {
    const { agent, client } = await withHomeAddress()
    await submitForm(agent, find('home'), { postcode: 'ls62ab' })
    const form = parseHtml((await agent.get(manual('home'))).text)
    expect(form('#postcode').val()).to.equal('LS6 2AB')
    expect(form('#line1').attr('autocomplete')).to.equal('address-line1')
    const typed = {
      line1: '7 New Street',
      line2: '',
      town: 'Leeds',
      county: '',
      postcode: 'ls6 2ab',
      country: 'United Kingdom',
    }
    expect((await submitForm(agent, manual('home'), typed)).headers.location).to.equal(check)
    const answers = parseHtml((await agent.get(check)).text)
    expect(textOf(answers, '[data-test="check-answers"]')).to.contain('7 New Street').and.contain('LS6 2AB')
    const sent = await submitForm(agent, check, {})
    const reference = /\/client\/my-details\/changes\/sent\/(SR-[A-Z0-9]{8})$/.exec(sent.headers.location!)?.[1]
    expect(reference, sent.headers.location).to.be.a('string')
    const request = await testApp.deps.serviceRequests.findForClient(client.id, reference!)
    expect(request).to.deep.include({ source: 'self_service', requestType: 'change_of_address', status: 'open' })
    expect(request!.requestedChange).to.deep.equal({
      addressType: 'home',
      address: {
        line1: '7 New Street',
        line2: null,
        town: 'Leeds',
        county: null,
        postcode: 'LS6 2AB',
        country: 'United Kingdom',
      },
    })
    expect(request!.currentValues).to.deep.equal({
      addressType: 'home',
      address: {
        line1: '14 Elm Road',
        line2: null,
        town: 'Leeds',
        county: 'West Yorkshire',
        postcode: 'LS6 2AB',
        country: 'United Kingdom',
      },
    })
    expect((await storedClient(testApp, client.id)).address_line_1).to.equal('14 Elm Road')
    const confirmation = parseHtml((await agent.get(sent.headers.location!)).text)
    expect(textOf(confirmation, 'h1')).to.equal('Change sent')
    expect(textOf(confirmation, '[data-test="reference"]')).to.equal(reference)
    expect((await agent.get(check)).headers.location, 'nothing left to send').to.equal('/client/my-details')
  })

  it('refuses a typed address with each missing part, keeping what was typed', async () => {
    const { agent } = await signedInClient(testApp)
    const response = await expectRefused(agent, manual('postal'), { line1: '', town: '', postcode: '', country: '' }, [
      'Enter address line 1, typically the building and street',
      'Enter town or city',
      'Enter a postcode',
      'Enter the country',
    ])
    expect(parseHtml(response.text)('.govuk-error-message').length).to.equal(4)
    const bad = await expectRefused(
      agent,
      manual('postal'),
      { line1: 'x'.repeat(101), town: 'Leeds', postcode: 'LS6', country: 'United Kingdom' },
      ['Address line 1 must be 100 characters or less', 'Enter a full UK postcode, like LS6 2AB'],
    )
    expect(parseHtml(bad.text)('#town').val()).to.equal('Leeds')
    const abroad = await submitForm(agent, manual('postal'), {
      line1: '1 Rue de la Paix',
      town: 'Paris',
      postcode: '75002',
      country: 'France',
    })
    expect(abroad.headers.location).to.equal(check)
  })

  it('answers 404 for an address type that does not exist and for another client’s reference', async () => {
    const { agent } = await signedInClient(testApp)
    expect((await agent.get(find('work'))).status).to.equal(404)
    expect((await agent.get(manual('holiday'))).status).to.equal(404)
    const other = await signedInClient(testApp)
    await submitForm(other.agent, manual('home'), {
      line1: '2 Hill Road',
      town: 'Leeds',
      postcode: 'LS6 2AD',
      country: 'United Kingdom',
    })
    const sent = await submitForm(other.agent, check, {})
    expect((await other.agent.get(sent.headers.location!)).status).to.equal(200)
    expect((await agent.get(sent.headers.location!)).status).to.equal(404)
  })
})
