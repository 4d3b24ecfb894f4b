/*
 * What completing a service request does to the client's record, one applier per request type.
 * Each applier runs inside the transaction that closes the request, so the change, the closing, the
 * audit entry and the activity commit together or not at all.
 */
import {
  addressOf,
  nameOf,
  type AddressType,
  type ClientModel,
  type ClientName,
  type PostalAddress,
} from '../../models/client.model.ts'
import type { BankAccounts } from '../../models/bank-account.model.ts'
import type { Database } from '../../models/db.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'

/** The requested change does not have the shape its request type defines: it cannot be applied. */
export class UnusableRequestedChange extends Error {}

export interface ComparisonRow {
  label: string
  current: string
  requested: string
}

export interface AppliedChange {
  oldValues: Record<string, unknown> | null
  newValues: Record<string, unknown> | null
}

export interface ApplyContext {
  client: ClientRow
  requestedChange: Record<string, unknown>
  staffId: string
  now: Date
  transaction: Database
}

export interface ServiceRequestApplier {
  /** The requested values beside the client's current ones, for the caseworker to check. */
  compare(client: ClientRow, requestedChange: Record<string, unknown>): ComparisonRow[]
  /** Applies the change inside the caller's transaction; throws UnusableRequestedChange when it cannot. */
  apply(context: ApplyContext): Promise<AppliedChange>
}

export type ServiceRequestAppliers = Readonly<Record<string, ServiceRequestApplier>>

function text(value: unknown, name: string, optional = false): string | null {
  if (optional && (value === null || value === undefined || value === '')) return null
  if (typeof value !== 'string' || value.trim() === '') throw new UnusableRequestedChange(`The request has no ${name}`)
  return value.trim()
}

export function readName(change: Record<string, unknown>): ClientName {
  return {
    title: text(change.title, 'title', true),
    firstName: text(change.firstName, 'first name')!,
    lastName: text(change.lastName, 'last name')!,
  }
}

export function readAddress(change: Record<string, unknown>): { addressType: AddressType; address: PostalAddress } {
  const addressType = change.addressType
  if (addressType !== 'home' && addressType !== 'postal')
    throw new UnusableRequestedChange('The request has no address type')
  const address = change.address
  if (!address || typeof address !== 'object') throw new UnusableRequestedChange('The request has no address')
  const fields = address as Record<string, unknown>
  return {
    addressType,
    address: {
      line1: text(fields.line1, 'first address line')!,
      line2: text(fields.line2, 'second address line', true),
      town: text(fields.town, 'town')!,
      county: text(fields.county, 'county', true),
      postcode: text(fields.postcode, 'postcode')!,
      country: text(fields.country, 'country')!,
    },
  }
}

const fullName = (name: ClientName) => [name.title, name.firstName, name.lastName].filter(Boolean).join(' ')
const addressText = (address: PostalAddress | null) =>
  address
    ? [address.line1, address.line2, address.town, address.county, address.postcode, address.country]
        .filter(Boolean)
        .join(', ')
    : 'None held'
const addressLabels: Record<AddressType, string> = { home: 'Home address', postal: 'Postal address' }

function changeOfName(clients: ClientModel): ServiceRequestApplier {
  return {
    compare(client, change) {
      return [{ label: 'Name', current: fullName(nameOf(client)), requested: fullName(readName(change)) }]
    },
    async apply({ client, requestedChange, now, transaction }) {
      const name = readName(requestedChange)
      await clients.updateName(client.id, name, now, transaction)
      return { oldValues: { ...nameOf(client) }, newValues: { ...name } }
    },
  }
}

function changeOfAddress(clients: ClientModel): ServiceRequestApplier {
  return {
    compare(client, change) {
      const { addressType, address } = readAddress(change)
      return [
        {
          label: addressLabels[addressType],
          current: addressText(addressOf(client, addressType)),
          requested: addressText(address),
        },
      ]
    },
    async apply({ client, requestedChange, now, transaction }) {
      const { addressType, address } = readAddress(requestedChange)
      await clients.updateAddress(client.id, addressType, address, now, transaction)
      return {
        oldValues: { addressType, address: addressOf(client, addressType) },
        newValues: { addressType, address },
      }
    },
  }
}

/**
 * Changes the caseworker makes on the main system (children, income, overnight care, anything
 * else): nothing on this record changes, and completing the request just closes it.
 */
const actedOnElsewhere: ServiceRequestApplier = {
  compare(_client, change) {
    const details = typeof change.details === 'string' ? change.details : ''
    return [{ label: 'What the client told us', current: 'Not held here', requested: details || 'No details given' }]
  },
  apply() {
    return Promise.resolve({ oldValues: null, newValues: null })
  },
}

/**
 * A new Direct Debit, an amended one, or the account direct payments go into: the pending bank
 * account the client gave becomes their active one for its purpose, retiring the one it replaces.
 */
function bankAccountChange(bankAccounts: Pick<BankAccounts, 'activate'>): ServiceRequestApplier {
  const accountId = (change: Record<string, unknown>) => {
    const id = change.bankAccountId
    if (typeof id !== 'number' || !Number.isSafeInteger(id))
      throw new UnusableRequestedChange('The request has no bank account')
    return id
  }
  return {
    compare(_client, change) {
      const described = [
        typeof change.accountName === 'string' ? change.accountName : null,
        typeof change.sortCode === 'string'
          ? `sort code ${change.sortCode.replace(/(\d\d)(\d\d)(\d\d)/, '$1-$2-$3')}`
          : null,
        typeof change.accountNumberEnding === 'string' ? `account ending ${change.accountNumberEnding}` : null,
        typeof change.collectionDay === 'number' ? `collected on day ${change.collectionDay}` : null,
      ].filter(Boolean)
      return [
        { label: 'Bank account', current: 'As held', requested: described.join(', ') || 'The account the client gave' },
      ]
    },
    async apply({ requestedChange, transaction }) {
      const bankAccountId = accountId(requestedChange)
      if (!(await bankAccounts.activate(bankAccountId, transaction))) {
        throw new UnusableRequestedChange('The bank account is no longer waiting to be set up')
      }
      return { oldValues: null, newValues: { bankAccountId } }
    },
  }
}

/** The appliers for every request type this intranet can complete. */
export function createServiceRequestAppliers(
  clients: ClientModel,
  bankAccounts: Pick<BankAccounts, 'activate'>,
): ServiceRequestAppliers {
  return {
    change_of_name: changeOfName(clients),
    change_of_address: changeOfAddress(clients),
    change_of_children: actedOnElsewhere,
    change_of_income: actedOnElsewhere,
    change_of_overnight_care: actedOnElsewhere,
    other_change: actedOnElsewhere,
    new_direct_debit: bankAccountChange(bankAccounts),
    amend_direct_debit: bankAccountChange(bankAccounts),
    direct_payment_account: bankAccountChange(bankAccounts),
  }
}

/** How each request type is named on the intranet. */
export const serviceRequestTypeNames: Readonly<Record<string, string>> = {
  change_of_name: 'Change of name',
  change_of_address: 'Change of address',
  change_of_children: 'Change of children',
  change_of_income: 'Change of income',
  change_of_overnight_care: 'Change of overnight care',
  other_change: 'Other change',
  new_direct_debit: 'New Direct Debit',
  amend_direct_debit: 'Amend Direct Debit',
  direct_payment_account: 'Account for Direct Pay',
}
