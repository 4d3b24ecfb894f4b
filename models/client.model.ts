import type { ClientRow } from '../types/knex-tables.d.ts'
import type { Database } from './db.ts'

export type ContactPreference = 'self_service' | 'post' | 'email' | 'telephone'
export type Region = 'gb' | 'ni'
export type Language = 'en' | 'cy'

/** What the signed-in client site needs to know about a client on every request. */
export interface ClientSummary {
  id: number
  customerReferenceNumber: string
  firstName: string
  lastName: string
  email: string | null
  region: Region
  preferredLanguage: Language
  contactPreference: ContactPreference
  identityAccountId: number | null
  selfServiceLockedAt: string | null
  lastSignInAt: string | null
}

export function toClientSummary(row: ClientRow): ClientSummary {
  return {
    id: row.id,
    customerReferenceNumber: row.customer_reference_number,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    region: row.region as Region,
    preferredLanguage: row.preferred_language as Language,
    contactPreference: row.contact_preference as ContactPreference,
    identityAccountId: row.identity_account_id,
    selfServiceLockedAt: row.self_service_locked_at,
    lastSignInAt: row.last_sign_in_at,
  }
}

export interface ClientName {
  title: string | null
  firstName: string
  lastName: string
}

export interface PostalAddress {
  line1: string
  line2: string | null
  town: string
  county: string | null
  postcode: string
  country: string
}

export type AddressType = 'home' | 'postal'

const addressColumns = { home: 'address', postal: 'postal_address' } as const

/** A client's name as the record holds it. */
export function nameOf(row: ClientRow): ClientName {
  return { title: row.title, firstName: row.first_name, lastName: row.last_name }
}

/** One of the client's addresses, or null when the record holds none. */
export function addressOf(row: ClientRow, type: AddressType): PostalAddress | null {
  const prefix = addressColumns[type]
  if (!row[`${prefix}_line_1`]) return null
  return {
    line1: row[`${prefix}_line_1`] ?? '',
    line2: row[`${prefix}_line_2`],
    town: row[`${prefix}_town`] ?? '',
    county: row[`${prefix}_county`],
    postcode: row[`${prefix}_postcode`] ?? '',
    country: row[`${prefix}_country`] ?? '',
  }
}

export type ClientSearch =
  | { by: 'crn'; customerReferenceNumber: string }
  | { by: 'nino'; nationalInsuranceNumber: string }
  | { by: 'name'; lastName: string; dateOfBirth: string }

/** Clients and their known facts. */
export class ClientModel {
  constructor(private readonly db: Database) {}

  findById(id: number): Promise<ClientRow | undefined> {
    return this.db('clients').where({ id }).first()
  }

  /** The receiving parent on a case. */
  async receivingParentIdOf(caseId: number): Promise<number | undefined> {
    const row = await this.db('cases').where({ id: caseId }).first('receiving_parent_client_id')
    return row?.receiving_parent_client_id
  }

  /** Several clients at once, for lists that name them. */
  findByIds(ids: readonly number[]): Promise<ClientRow[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.db('clients').whereIn('id', [...new Set(ids)])
  }

  findByIdentityAccount(identityAccountId: number): Promise<ClientRow | undefined> {
    return this.db('clients').where({ identity_account_id: identityAccountId }).first()
  }

  /** The client whose three known facts all match, if any. */
  findByKnownFacts(
    customerReferenceNumber: string,
    nationalInsuranceNumber: string,
    dateOfBirth: string,
  ): Promise<ClientRow | undefined> {
    return this.db('clients')
      .where({
        customer_reference_number: customerReferenceNumber,
        national_insurance_number: nationalInsuranceNumber,
        date_of_birth: dateOfBirth,
      })
      .first()
  }

  /**
   * Clients matching one way of finding them, as a caseworker searches: by Customer Reference
   * Number, by National Insurance number, or by surname (any case) with date of birth.
   */
  search(criteria: ClientSearch, limit = 50): Promise<ClientRow[]> {
    const query = this.db('clients').orderBy(['last_name', 'first_name', 'id']).limit(limit)
    if (criteria.by === 'crn') return query.where({ customer_reference_number: criteria.customerReferenceNumber })
    if (criteria.by === 'nino') return query.where({ national_insurance_number: criteria.nationalInsuranceNumber })
    return query
      .whereRaw('lower(last_name) = ?', [criteria.lastName.toLowerCase()])
      .andWhere({ date_of_birth: criteria.dateOfBirth })
  }

  /**
   * Links a client record to an identity account, only if the record is not linked already: one
   * atomic update, so two accounts racing for the same record cannot both win.
   */
  async linkIdentityAccount(clientId: number, identityAccountId: number, now: Date): Promise<boolean> {
    const updated = await this.db('clients')
      .where({ id: clientId })
      .whereNull('identity_account_id')
      .update({ identity_account_id: identityAccountId, enrolled_at: now.toISOString(), updated_at: now.toISOString() })
    return updated === 1
  }

  /** Changes the client's name, inside the caller's transaction. */
  async updateName(clientId: number, name: ClientName, now: Date, transaction: Database = this.db): Promise<void> {
    await transaction('clients').where({ id: clientId }).update({
      title: name.title,
      first_name: name.firstName,
      last_name: name.lastName,
      updated_at: now.toISOString(),
    })
  }

  /** Replaces the client's home or postal address, inside the caller's transaction. */
  async updateAddress(
    clientId: number,
    type: AddressType,
    address: PostalAddress,
    now: Date,
    transaction: Database = this.db,
  ): Promise<void> {
    const prefix = addressColumns[type]
    await transaction('clients')
      .where({ id: clientId })
      .update({
        [`${prefix}_line_1`]: address.line1,
        [`${prefix}_line_2`]: address.line2,
        [`${prefix}_town`]: address.town,
        [`${prefix}_county`]: address.county,
        [`${prefix}_postcode`]: address.postcode,
        [`${prefix}_country`]: address.country,
        updated_at: now.toISOString(),
      })
  }

  /** The record as it stands inside a transaction. */
  findByIdIn(id: number, transaction: Database): Promise<ClientRow | undefined> {
    return transaction('clients').where({ id }).first()
  }
}
