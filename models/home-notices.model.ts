import type { Application } from '../services/applications/application-stages.ts'
import type { ApplicationRow } from '../types/knex-tables-applications.d.ts'
import { toApplication } from './application.model.ts'
import { toCount, type Database } from './db.ts'

export interface HomeNoticesForClient {
  /** Letters the client has not opened yet. */
  newMessageCount: number
  /** Their application, if they have one. */
  application: Application | undefined
}

/**
 * What the home page tells a signed-in client on arrival: how many letters they have not opened and
 * where their application stands. One statement answers both, as the page is asked for on every
 * sign-in and after most journeys.
 */
export class HomeNotices {
  constructor(private readonly db: Database) {}

  async forClient(clientId: number): Promise<HomeNoticesForClient> {
    const unread = this.db('letters')
      .count('*')
      .where({ client_id: clientId })
      .whereNull('read_at')
      .as('new_message_count')
    const row = (await this.db('clients')
      .select(unread, 'applications.*')
      .leftJoin('applications', 'applications.client_id', 'clients.id')
      .where('clients.id', clientId)
      .first()) as (Omit<ApplicationRow, 'id'> & { id: number | null; new_message_count: unknown }) | undefined
    return {
      newMessageCount: toCount({ count: row?.new_message_count }),
      application: row && row.id !== null ? toApplication(row as ApplicationRow) : undefined,
    }
  }
}
