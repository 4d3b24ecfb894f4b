import type { Request, Response } from 'express'
import { pathTo, type ClientUrls } from '../../../routes/paths.ts'
import { addressTypes, type AddressType } from '../../../services/changes-of-circumstances/requested-changes.ts'

/** The address a page is about, from the URL: home or postal; undefined for anything else (a 404). */
export function addressTypeOf(req: Request): AddressType | undefined {
  const value = req.params.addressType
  return typeof value === 'string' && (addressTypes as readonly string[]).includes(value)
    ? (value as AddressType)
    : undefined
}

/** The address pages' URLs for one address type. */
export function addressUrls(res: Response, addressType: AddressType) {
  const urls = res.locals.urls as ClientUrls
  return {
    find: pathTo(urls.findAddress, { addressType }),
    choose: pathTo(urls.chooseAddress, { addressType }),
    enter: pathTo(urls.enterAddress, { addressType }),
  }
}

/** The client record's columns for an address type. */
export function addressColumnPrefix(addressType: AddressType): 'address' | 'postal_address' {
  return addressType === 'home' ? 'address' : 'postal_address'
}
