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
}
