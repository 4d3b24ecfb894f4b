import type { Config } from '../../config.ts'
import type { AddressLookup } from './address-lookup.ts'
import { EmbeddedAddressLookup } from './embedded-address-lookup.ts'
import { OsPlacesAddressLookup } from './os-places-address-lookup.ts'

export type { AddressLookup, LookupAddress } from './address-lookup.ts'

/** OS Places when OS_PLACES_API_KEY is set, otherwise the embedded data set. */
export function createAddressLookup(config: Pick<Config, 'osPlaces'>): AddressLookup {
  return config.osPlaces ? new OsPlacesAddressLookup(config.osPlaces) : new EmbeddedAddressLookup()
}
