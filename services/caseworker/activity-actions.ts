import type { Activities, Activity } from '../../models/activity.model.ts'
import type { AuditLog } from '../../models/audit.model.ts'
import type { Database } from '../../models/db.ts'
import type { Clock } from '../clock.ts'

export const NOTE_MAX = 1000

/**
 * What a caseworker does to an activity on a client's record: add a note, mark it done. Each change
 * commits with its audit entry, which carries the caseworker's staff ID.
 */
export class ActivityActions {
  constructor(
    private readonly db: Database,
    private readonly activities: Activities,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  async addNote(activity: Activity, note: string, staffId: string): Promise<void> {
    const now = this.clock.now()
    await this.db.transaction(async trx => {
      const noteId = await this.activities.addNote(activity.id, note, staffId, now, trx)
      await this.auditLog.record(
        {
          actorType: 'staff',
          actorId: staffId,
          action: 'activity_note_added',
          subjectType: 'client',
          subjectId: activity.clientId,
          details: { activityId: activity.id, noteId },
        },
        trx,
      )
    })
  }

  /** Marks the activity done; false when it was done already. */
  async markDone(activity: Activity, staffId: string, transaction?: Database): Promise<boolean> {
    const run = async (trx: Database) => {
      if (!(await this.activities.markDone(activity.id, staffId, this.clock.now(), trx))) return false
      await this.auditLog.record(
        {
          actorType: 'staff',
          actorId: staffId,
          action: 'activity_marked_done',
          subjectType: 'client',
          subjectId: activity.clientId,
          details: { activityId: activity.id, activityType: activity.activityType },
        },
        trx,
      )
      return true
    }
    return transaction ? run(transaction) : this.db.transaction(run)
  }
}
