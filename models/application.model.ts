import type { ApplicationRow } from '../types/knex-tables-applications.d.ts'
import {
  isApplicationStage,
  type Application,
  type ApplicationStage,
  type AwaitedFromClient,
  type AwaitedFromOtherParent,
} from '../services/applications/application-stages.ts'
import { returnedId, type Database } from './db.ts'

export interface ApplicationChange {
  stage: ApplicationStage
  reachedOn: Application['reachedOn']
  firstPaymentOn: string | null
  awaitedFromClient: AwaitedFromClient[]
  awaitedFromOtherParent: AwaitedFromOtherParent[]
}

export function toApplication(row: ApplicationRow): Application {
  if (!isApplicationStage(row.stage)) throw new Error(`Unknown application stage ${row.stage}`)
  return {
    id: row.id,
    clientId: row.client_id,
    stage: row.stage,
    reachedOn: {
      received: row.received_on,
      information_gathering: row.information_gathering_on,
      calculation: row.calculation_on,
      case_set_up: row.case_set_up_on,
    },
    firstPaymentOn: row.first_payment_on,
    awaitedFromClient: JSON.parse(row.awaited_from_client) as AwaitedFromClient[],
    awaitedFromOtherParent: JSON.parse(row.awaited_from_other_parent) as AwaitedFromOtherParent[],
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
  }
}

function columnsOf(change: ApplicationChange) {
  return {
    stage: change.stage,
    received_on: change.reachedOn.received ?? '',
    information_gathering_on: change.reachedOn.information_gathering,
    calculation_on: change.reachedOn.calculation,
    case_set_up_on: change.reachedOn.case_set_up,
    first_payment_on: change.firstPaymentOn,
    awaited_from_client: JSON.stringify(change.awaitedFromClient),
    awaited_from_other_parent: JSON.stringify(change.awaitedFromOtherParent),
  }
}

/** Applications still being set up: one per client. */
export class ApplicationModel {
  constructor(private readonly db: Database) {}

  async findForClient(clientId: number, transaction: Database = this.db): Promise<Application | undefined> {
    const row = await transaction('applications').where({ client_id: clientId }).first()
    return row ? toApplication(row) : undefined
  }

  async create(
    clientId: number,
    change: ApplicationChange,
    staffId: string,
    now: Date,
    transaction: Database = this.db,
  ): Promise<number> {
    const inserted: unknown[] = await transaction('applications')
      .insert({ client_id: clientId, ...columnsOf(change), updated_at: now.toISOString(), updated_by: staffId })
      .returning('id')
    return returnedId(inserted[0])
  }

  async update(
    clientId: number,
    change: ApplicationChange,
    staffId: string,
    now: Date,
    transaction: Database = this.db,
  ): Promise<void> {
    await transaction('applications')
      .where({ client_id: clientId })
      .update({ ...columnsOf(change), updated_at: now.toISOString(), updated_by: staffId })
  }
}
