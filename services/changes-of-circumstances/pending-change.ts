import type { AddressType, ReportedChangeType, RequestedChange, RequestType } from './requested-changes.ts'

/** A postcode the client searched for, and for which address. */
export interface PendingAddressLookup {
  addressType: AddressType
  postcode: string
}

/** A change the client has entered, kept in their session until they confirm it on the check-answers page. */
export interface PendingChange {
  requestType: RequestType
  caseId: number | null
  requestedChange: RequestedChange
  currentValues: Record<string, unknown> | null
  /** Documents uploaded with the change, linked to the service request when it is sent. */
  documentIds: number[]
}

/** Documents uploaded while a reported change is being written, kept until it is sent. */
export interface PendingEvidence {
  changeType: ReportedChangeType
  documentIds: number[]
}
