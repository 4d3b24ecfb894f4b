import type { ApplicationModel } from '../../models/application.model.ts'
import type { AuditLog } from '../../models/audit.model.ts'
import type { Database } from '../../models/db.ts'
import type { Clock } from '../clock.ts'
import { ukCalendarDate } from '../format/dates.ts'
import {
  reachedOnAfterMove,
  type Application,
  type ApplicationStage,
  type AwaitedFromClient,
  type AwaitedFromOtherParent,
} from './application-stages.ts'

export interface ApplicationMove {
  stage: ApplicationStage
  /** Only while gathering information. */
  awaitedFromClient: AwaitedFromClient[]
  awaitedFromOtherParent: AwaitedFromOtherParent[]
  /** Only once the case is set up. */
  firstPaymentOn: string | null
}

/** Caseworkers move an application from stage to stage; each move is audit logged with before and after. */
export class ApplicationProgress {
  constructor(
    private readonly db: Database,
    private readonly applications: ApplicationModel,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  forClient(clientId: number): Promise<Application | undefined> {
    return this.applications.findForClient(clientId)
  }

  /** Moves the client's application; false when the client has no application. */
  async move(clientId: number, move: ApplicationMove, staffId: string): Promise<boolean> {
    const now = this.clock.now()
    return this.db.transaction(async trx => {
      const before = await this.applications.findForClient(clientId, trx)
      if (!before) return false
      const gathering = move.stage === 'information_gathering'
      const change = {
        stage: move.stage,
        reachedOn: reachedOnAfterMove(before.reachedOn, move.stage, ukCalendarDate(now)),
        firstPaymentOn: move.stage === 'case_set_up' ? move.firstPaymentOn : null,
        awaitedFromClient: gathering ? move.awaitedFromClient : [],
        awaitedFromOtherParent: gathering ? move.awaitedFromOtherParent : [],
      }
      await this.applications.update(clientId, change, staffId, now, trx)
      await this.auditLog.record(
        {
          actorType: 'staff',
          actorId: staffId,
          action: 'application.stage_changed',
          subjectType: 'client',
          subjectId: clientId,
          details: {
            from: { stage: before.stage, firstPaymentOn: before.firstPaymentOn },
            to: { stage: change.stage, firstPaymentOn: change.firstPaymentOn },
            awaitedFromClient: change.awaitedFromClient,
            awaitedFromOtherParent: change.awaitedFromOtherParent,
          },
        },
        trx,
      )
      return true
    })
  }
}
