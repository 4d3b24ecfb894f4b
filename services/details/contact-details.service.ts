import type { AuditLog } from '../../models/audit.model.ts'
import type { ClientContactModel, ContactColumns } from '../../models/client-contact.model.ts'
import type { Database } from '../../models/db.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'
import type { Clock } from '../clock.ts'
import type { TextUpdates } from '../text-updates/text-updates.ts'

/** What changed: each column with its old and new value. */
export type ContactChanges = Partial<Record<keyof ContactColumns, { from: unknown; to: unknown }>>

function normalised(value: unknown): unknown {
  return typeof value === 'number' && (value === 0 || value === 1) ? Boolean(value) : value
}

/** The columns whose value would change, with old and new values; nothing when all are the same. */
export function differences(client: ClientRow, proposed: Partial<ContactColumns>): ContactChanges {
  const changes: ContactChanges = {}
  for (const [column, value] of Object.entries(proposed) as Array<[keyof ContactColumns, unknown]>) {
    const current = normalised(client[column])
    if ((current ?? null) !== (normalised(value) ?? null))
      changes[column] = { from: current ?? null, to: value ?? null }
  }
  return changes
}

/**
 * Automated changes of circumstances (the seed's list: contact preference, email, SMS opt in/out,
 * telephone numbers, an address found through the lookup): the record is updated at once and an
 * audit entry keeps the old and new values, in one transaction. A change to nothing new is skipped.
 */
export class ContactDetailsService {
  constructor(
    private readonly db: Database,
    private readonly contacts: ClientContactModel,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
    private readonly textUpdates: Pick<TextUpdates, 'send'>,
  ) {}

  async change(client: ClientRow, action: string, proposed: Partial<ContactColumns>): Promise<ContactChanges> {
    const changes = differences(client, proposed)
    const columns = Object.keys(changes) as Array<keyof ContactColumns>
    if (columns.length === 0) return changes
    const now = this.clock.now()
    const update = Object.fromEntries(columns.map(column => [column, proposed[column]])) as Partial<ContactColumns>
    await this.db.transaction(async trx => {
      await this.contacts.update(client.id, update, now, trx)
      await this.auditLog.record(
        {
          actorType: 'client',
          actorId: String(client.id),
          action,
          subjectType: 'client',
          subjectId: client.id,
          details: { source: 'self_service', changes },
        },
        trx,
      )
    })
    // A security notice by text, to a client who asked for texts, once the change is made.
    await this.textUpdates.send(client.id, 'securityNotice')
    return changes
  }
}
