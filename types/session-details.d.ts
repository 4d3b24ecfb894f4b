import type {
  PendingAddressLookup,
  PendingChange,
  PendingEvidence,
} from '../services/changes-of-circumstances/pending-change.ts'

declare module 'express-session' {
  interface SessionData {
    /** A translation key for the "updated" banner shown once on the next My details page. */
    detailsNotice: string
    /** The postcode search in progress on the address lookup. */
    addressLookup: PendingAddressLookup
    /** A change of circumstances entered but not yet sent, awaiting its check-answers page. */
    pendingChange: PendingChange
    /** Evidence documents uploaded for a reported change still being written. */
    pendingEvidence: PendingEvidence
  }
}

export {}
