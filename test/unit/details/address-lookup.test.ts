import { expect } from 'chai'
import fs from 'node:fs'
import type { LookupAddress } from '../../../services/address-lookup/address-lookup.ts'
import { EmbeddedAddressLookup, embeddedAddressFile } from '../../../services/address-lookup/embedded-address-lookup.ts'
import { toLookupAddress } from '../../../services/address-lookup/os-places-address-lookup.ts'
import { normalisePostcode } from '../../../services/rules/postcodes.ts'

describe('postcodes', () => {
  it('accepts any case and spacing, giving the usual form', () => {
    for (const typed of ['bt282bl', ' BT28  2BL ', 'bt28 2BL', 'Bt2 82bl'])
      expect(normalisePostcode(typed), typed).to.equal('BT28 2BL')
    expect(normalisePostcode('sw1a1aa')).to.equal('SW1A 1AA')
    expect(normalisePostcode('m1 1ae')).to.equal('M1 1AE')
  })

  it('refuses what is not a UK postcode', () => {
    for (const typed of ['', '12345', 'LS6', 'LS6 2A', 'ABC 123', 'LS6 2ABC'])
      expect(normalisePostcode(typed), typed).to.equal(undefined)
  })
})

describe('the embedded address lookup', () => {
  const lookup = new EmbeddedAddressLookup()

  it('holds a few hundred addresses in Great Britain and Northern Ireland, each with a unique id', async () => {
    const all = JSON.parse(fs.readFileSync(embeddedAddressFile, 'utf8')) as LookupAddress[]
    expect(all.length).to.be.within(200, 500)
    expect(new Set(all.map(address => address.id)).size).to.equal(all.length)
    expect(
      all.every(address => address.postcode.startsWith('BT') === (address.country === 'Northern Ireland')),
    ).to.equal(true)
    const gb = await lookup.findByPostcode('LS6 2AB')
    const ni = await lookup.findByPostcode('BT28 2BL')
    expect(gb.length).to.be.within(6, 10)
    expect(ni.every(address => address.country === 'Northern Ireland' && address.town === 'Lisburn')).to.equal(true)
    expect(gb[0]).to.include({
      town: 'Leeds',
      county: 'West Yorkshire',
      postcode: 'LS6 2AB',
      country: 'United Kingdom',
    })
  })

  it('finds nothing at a postcode it does not hold', async () => {
    expect(await lookup.findByPostcode('ZZ1 1ZZ')).to.deep.equal([])
  })
})

describe('OS Places delivery points', () => {
  it('become two address lines, a town and the postcode, in title case', () => {
    expect(
      toLookupAddress({
        UPRN: '10023117655',
        SUB_BUILDING_NAME: 'FLAT 2',
        BUILDING_NUMBER: '27',
        THOROUGHFARE_NAME: 'CASTLE STREET',
        POST_TOWN: 'CARDIFF',
        POSTCODE: 'CF10 1BT',
        COUNTRY_CODE: 'W',
      }),
    ).to.deep.equal({
      id: '10023117655',
      line1: 'Flat 2',
      line2: '27 Castle Street',
      town: 'Cardiff',
      county: null,
      postcode: 'CF10 1BT',
      country: 'United Kingdom',
    })
  })
})
