/*
 * UK postcodes (Northern Ireland's BT postcodes included), typed in any case and with any spacing:
 * "bt282bl", " BT28  2BL " and "bt28 2bl" are all BT28 2BL.
 */

const postcodePattern = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/

/** The postcode in its usual form ("BT28 2BL"), or undefined when it is not a UK postcode. */
export function normalisePostcode(typed: string): string | undefined {
  const compact = typed.replace(/\s+/g, '').toUpperCase()
  const match = postcodePattern.exec(compact)
  return match ? `${match[1]} ${match[2]}` : undefined
}
