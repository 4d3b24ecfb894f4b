import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { expect } from 'chai'
import { AddressLookupUnavailable } from '../../../services/address-lookup/address-lookup.ts'
import { OsPlacesAddressLookup } from '../../../services/address-lookup/os-places-address-lookup.ts'
import { submitForm } from '../../support/client-journeys.ts'
import { parseHtml } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { signedInClient } from './details-helpers.ts'

/** A local stand-in for the OS Places API postcode search, answering as the real one does. */
function startStub() {
  const requests: URL[] = []
  const server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://stub')
    requests.push(url)
    const postcode = url.searchParams.get('postcode')
    if (url.pathname !== '/search/places/v1/postcode' || url.searchParams.get('key') !== 'test-key') {
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":{"statuscode":401}}')
      return
    }
    if (postcode === 'EH6 6QW') {
      res.writeHead(500).end()
      return
    }
    if (postcode === 'XX') {
      res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"statuscode":400}}')
      return
    }
    const results =
      postcode === 'SW1A 2AA'
        ? [
            {
              DPA: {
                UPRN: '100023336956',
                BUILDING_NUMBER: '10',
                THOROUGHFARE_NAME: 'DOWNING STREET',
                POST_TOWN: 'LONDON',
                POSTCODE: 'SW1A 2AA',
                COUNTRY_CODE: 'E',
              },
            },
            {
              DPA: {
                UPRN: '100023336957',
                BUILDING_NUMBER: '11',
                THOROUGHFARE_NAME: 'DOWNING STREET',
                POST_TOWN: 'LONDON',
                POSTCODE: 'SW1A 2AA',
              },
            },
          ]
        : undefined
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ header: {}, results }))
  })
  return new Promise<{ baseUrl: string; requests: URL[]; close: () => Promise<void> }>(resolve => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        requests,
        close: () => new Promise(done => server.close(() => done())),
      })
    })
  })
}

describe('the OS Places address lookup, against a local stub', () => {
  let stub: Awaited<ReturnType<typeof startStub>>
  before(async () => {
    stub = await startStub()
  })
  after(() => stub.close())

  it('asks for the postcode with the key and maps each delivery point', async () => {
    const lookup = new OsPlacesAddressLookup({ apiKey: 'test-key', baseUrl: stub.baseUrl })
    const addresses = await lookup.findByPostcode('SW1A 2AA')
    expect(addresses.map(address => `${address.id} ${address.line1}, ${address.town}`)).to.deep.equal([
      '100023336956 10 Downing Street, London',
      '100023336957 11 Downing Street, London',
    ])
    const asked = stub.requests.at(-1)!
    expect(asked.searchParams.get('postcode')).to.equal('SW1A 2AA')
    expect(asked.searchParams.get('dataset')).to.equal('DPA')
  })

  it('treats no results and an unrecognised postcode as none found', async () => {
    const lookup = new OsPlacesAddressLookup({ apiKey: 'test-key', baseUrl: stub.baseUrl })
    expect(await lookup.findByPostcode('LS6 2AB')).to.deep.equal([])
    expect(await lookup.findByPostcode('XX')).to.deep.equal([])
  })

  it('says the lookup is unavailable when the API fails or refuses the key', async () => {
    for (const [key, postcode] of [
      ['test-key', 'EH6 6QW'],
      ['wrong-key', 'SW1A 2AA'],
    ]) {
      const lookup = new OsPlacesAddressLookup({ apiKey: key!, baseUrl: stub.baseUrl })
      let thrown: unknown
      try {
        await lookup.findByPostcode(postcode!)
      } catch (error) {
        thrown = error
      }
      expect(thrown, `${key} ${postcode}`).to.be.instanceOf(AddressLookupUnavailable)
    }
  })

  describe('chosen by configuration', () => {
    let testApp: TestApp
    before(async () => {
      testApp = await createTestApp({ config: { osPlaces: { apiKey: 'test-key', baseUrl: stub.baseUrl } } })
    })
    after(() => testApp.close())

    it('lists the addresses OS Places returns, and offers manual entry when it is down', async () => {
      const { agent } = await signedInClient(testApp)
      const found = await submitForm(agent, '/client/my-details/contact/address/home', { postcode: 'sw1a2aa' })
      const $ = parseHtml((await agent.get(found.headers.location!)).text)
      expect(
        $('input[name="addressId"]')
          .map((_index, input) => $(input).val())
          .get(),
      ).to.deep.equal(['100023336956', '100023336957'])
      await submitForm(agent, '/client/my-details/contact/address/home', { postcode: 'EH6 6QW' })
      const down = parseHtml((await agent.get('/client/my-details/contact/address/home/choose')).text)
      expect(down('[data-test="no-addresses"]').text()).to.contain('the address finder is not working')
      expect(down('a[href="/client/my-details/contact/address/home/manual"]').length).to.equal(1)
    })
  })
})
