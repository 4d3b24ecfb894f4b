import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../../config.ts'
import type { AddressLookup, LookupAddress } from './address-lookup.ts'

export const embeddedAddressFile = path.join(projectRoot, 'services', 'address-lookup', 'embedded-addresses.json')

/**
 * The built-in lookup: a few hundred made-up addresses in Great Britain and Northern Ireland
 * (scripts/generate-address-data.ts), so the journey works with no outside service.
 */
export class EmbeddedAddressLookup implements AddressLookup {
  private readonly byPostcode = new Map<string, LookupAddress[]>()

  constructor(addresses: LookupAddress[] = readAddresses()) {
    for (const address of addresses) {
      const list = this.byPostcode.get(address.postcode) ?? []
      list.push(address)
      this.byPostcode.set(address.postcode, list)
    }
  }

  findByPostcode(postcode: string): Promise<LookupAddress[]> {
    return Promise.resolve([...(this.byPostcode.get(postcode) ?? [])])
  }
}

function readAddresses(): LookupAddress[] {
  return JSON.parse(fs.readFileSync(embeddedAddressFile, 'utf8')) as LookupAddress[]
}
