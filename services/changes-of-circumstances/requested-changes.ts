/*
 * The changes a client reports that a caseworker must act on, as stored in service_requests
 * (request_type and requested_change). The caseworker pages apply them, so these shapes are a
 * contract: change them only together.
 */

import type { AddressType, ClientName, PostalAddress } from '../../models/client.model.ts'

export type { AddressType, PostalAddress }
export const addressTypes: readonly AddressType[] = ['home', 'postal']

export type ChangeOfName = ClientName

export interface ChangeOfAddress {
  addressType: AddressType
  address: PostalAddress
}

/** Changes the caseworker acts on outside the site: what changed, in the client’s words, and for which case. */
export interface ReportedChange {
  caseId: number | null
  details: string
}

export interface RequestedChanges {
  change_of_name: ChangeOfName
  change_of_address: ChangeOfAddress
  change_of_children: ReportedChange
  change_of_income: ReportedChange
  change_of_overnight_care: ReportedChange
  other_change: ReportedChange
}

export type RequestType = keyof RequestedChanges
export type RequestedChange = RequestedChanges[RequestType]

/** The reported changes a client picks from on the changes of circumstances page, in the order shown. */
export const reportedChangeTypes = [
  'change_of_children',
  'change_of_income',
  'change_of_overnight_care',
  'other_change',
] as const satisfies readonly RequestType[]
export type ReportedChangeType = (typeof reportedChangeTypes)[number]
