import type { ClientRow } from '../types/knex-tables.d.ts'
import type { Database } from './db.ts'

/** The columns a client may change themselves, as automated changes of circumstances. */
export type ContactColumns = Pick<
  ClientRow,
  | 'email'
  | 'phone_home'
  | 'phone_mobile'
  | 'phone_work'
  | 'contact_preference'
  | 'sms_opt_in'
  | 'address_line_1'
  | 'address_line_2'
  | 'address_town'
  | 'address_county'
  | 'address_postcode'
  | 'address_country'
  | 'postal_address_line_1'
  | 'postal_address_line_2'
  | 'postal_address_town'
  | 'postal_address_county'
  | 'postal_address_postcode'
  | 'postal_address_country'
>

/** A client's own contact details: their record, changed by them. */
export class ClientContactModel {
  constructor(private readonly db: Database) {}

  /** Updates the given columns of one client, inside the caller's transaction so the audit entry commits with it. */
  async update(clientId: number, changes: Partial<ContactColumns>, now: Date, transaction: Database): Promise<void> {
    await transaction('clients')
      .where({ id: clientId })
      .update({ ...changes, updated_at: now.toISOString() })
  }
}
