/** One address as a lookup returns it, ready to store on a client record. */
export interface LookupAddress {
  /** The lookup's own id for the address (a UPRN from OS Places), to choose it from the list. */
  id: string
  line1: string
  line2: string | null
  town: string
  county: string | null
  postcode: string
  country: string
}

/**
 * The address lookup adapter: addresses at a postcode. The embedded default searches a bundled data
 * set; the OS Places API is used when a key is configured. The postcode given is already normalised
 * ("BT28 2BL").
 */
export interface AddressLookup {
  findByPostcode(postcode: string): Promise<LookupAddress[]>
}

/** The lookup could not answer (the service is down or refused us): the client is offered manual entry. */
export class AddressLookupUnavailable extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'AddressLookupUnavailable'
  }
}
