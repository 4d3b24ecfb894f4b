import { AddressLookupUnavailable, type AddressLookup, type LookupAddress } from './address-lookup.ts'

/** The fields of an OS Places API DPA (Royal Mail delivery point) record that make an address. */
interface DeliveryPoint {
  UPRN: string
  SUB_BUILDING_NAME?: string
  BUILDING_NAME?: string
  BUILDING_NUMBER?: string
  ORGANISATION_NAME?: string
  DEPENDENT_THOROUGHFARE_NAME?: string
  THOROUGHFARE_NAME?: string
  DOUBLE_DEPENDENT_LOCALITY?: string
  DEPENDENT_LOCALITY?: string
  POST_TOWN: string
  POSTCODE: string
  COUNTRY_CODE?: string
}

interface PostcodeResponse {
  results?: Array<{ DPA?: DeliveryPoint }>
}

const countries: Record<string, string> = { N: 'Northern Ireland' }

function titleCase(value: string): string {
  return value
    .toLowerCase()
    .replace(/(^|[\s'-])([a-z])/g, (_match, start: string, letter: string) => start + letter.toUpperCase())
}

/** Two lines from the delivery point's parts, in Royal Mail's order, as a person would write them. */
export function toLookupAddress(point: DeliveryPoint): LookupAddress {
  const premises = [point.SUB_BUILDING_NAME, point.BUILDING_NAME, point.ORGANISATION_NAME].filter(Boolean).map(String)
  const street = [point.BUILDING_NUMBER, point.DEPENDENT_THOROUGHFARE_NAME ?? point.THOROUGHFARE_NAME]
    .filter(Boolean)
    .join(' ')
  const locality = point.DOUBLE_DEPENDENT_LOCALITY ?? point.DEPENDENT_LOCALITY
  const lines = [...premises, street, locality].filter((line): line is string => Boolean(line)).map(titleCase)
  return {
    id: point.UPRN,
    line1: lines[0] ?? titleCase(point.POST_TOWN),
    line2: lines.length > 1 ? lines.slice(1).join(', ') : null,
    town: titleCase(point.POST_TOWN),
    county: null,
    postcode: point.POSTCODE,
    country: countries[point.COUNTRY_CODE ?? ''] ?? 'United Kingdom',
  }
}

/**
 * Ordnance Survey's Places API, postcode search: https://api.os.uk/search/places/v1/postcode.
 * The key goes in the query string as the API asks; it is never logged. A postcode with no
 * addresses comes back as no results (or 400 for one OS does not recognise): both mean "none found".
 */
export class OsPlacesAddressLookup implements AddressLookup {
  constructor(
    private readonly settings: { apiKey: string; baseUrl: string; timeoutMs?: number },
    private readonly fetchImplementation: typeof fetch = fetch,
  ) {}

  async findByPostcode(postcode: string): Promise<LookupAddress[]> {
    const url = new URL('/search/places/v1/postcode', this.settings.baseUrl)
    url.searchParams.set('postcode', postcode)
    url.searchParams.set('dataset', 'DPA')
    url.searchParams.set('maxresults', '100')
    url.searchParams.set('key', this.settings.apiKey)
    let response: Response
    try {
      response = await this.fetchImplementation(url, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(this.settings.timeoutMs ?? 5000),
      })
    } catch (error) {
      throw new AddressLookupUnavailable('OS Places API did not answer', { cause: error })
    }
    if (response.status === 400 || response.status === 404) return []
    if (!response.ok) throw new AddressLookupUnavailable(`OS Places API answered ${response.status}`)
    const body = (await response.json()) as PostcodeResponse
    return (body.results ?? []).flatMap(result => (result.DPA ? [toLookupAddress(result.DPA)] : []))
  }
}
