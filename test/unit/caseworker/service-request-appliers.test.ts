import { expect } from 'chai'
import type { ClientModel } from '../../../models/client.model.ts'
import {
  createServiceRequestAppliers,
  readAddress,
  readName,
  UnusableRequestedChange,
} from '../../../services/caseworker/service-request-appliers.ts'
import type { ClientRow } from '../../../types/knex-tables.d.ts'

describe('service request appliers', () => {
  const appliers = createServiceRequestAppliers({} as ClientModel, { activate: () => Promise.resolve(true) })

  it('has an applier for each change self-service raises', () => {
    expect(Object.keys(appliers)).to.have.members([
      'change_of_name',
      'change_of_address',
      'change_of_children',
      'change_of_income',
      'change_of_overnight_care',
      'other_change',
      'new_direct_debit',
      'amend_direct_debit',
      'direct_payment_account',
    ])
  })

  it('reads a name, trimming it and allowing no title', () => {
    expect(readName({ title: '', firstName: ' Jo ', lastName: 'Bloggs' })).to.deep.equal({
      title: null,
      firstName: 'Jo',
      lastName: 'Bloggs',
    })
  })

  it('refuses a name or address without the parts its type defines', () => {
    expect(() => readName({ firstName: 'Jo' })).to.throw(UnusableRequestedChange, 'The request has no last name')
    expect(() => readName({ firstName: 'Jo', lastName: 7 })).to.throw(UnusableRequestedChange)
    expect(() => readAddress({ addressType: 'work', address: {} })).to.throw(UnusableRequestedChange, 'address type')
    expect(() => readAddress({ addressType: 'home' })).to.throw(UnusableRequestedChange, 'no address')
    expect(() =>
      readAddress({ addressType: 'postal', address: { line1: '1 Road', town: 'York', country: 'UK' } }),
    ).to.throw(UnusableRequestedChange, 'postcode')
  })

  it('shows the current address beside the requested one', () => {
    const client = {
      address_line_1: '1 Old Road',
      address_line_2: null,
      address_town: 'York',
      address_county: null,
      address_postcode: 'YO1 1AA',
      address_country: 'United Kingdom',
    } as unknown as ClientRow
    const rows = appliers.change_of_address!.compare(client, {
      addressType: 'home',
      address: { line1: '2 New Road', town: 'Leeds', postcode: 'LS1 1AA', country: 'United Kingdom' },
    })
    expect(rows).to.deep.equal([
      {
        label: 'Home address',
        current: '1 Old Road, York, YO1 1AA, United Kingdom',
        requested: '2 New Road, Leeds, LS1 1AA, United Kingdom',
      },
    ])
  })
})
