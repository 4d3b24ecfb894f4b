import type { Activities } from '../../models/activity.model.ts'
import { newActivity } from '../../models/activity.model.ts'
import type { AuditLog } from '../../models/audit.model.ts'
import type { ClientModel } from '../../models/client.model.ts'
import type { Database } from '../../models/db.ts'
import type { ServiceRequest, ServiceRequestModel } from '../../models/service-request.model.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'
import type { Clock } from '../clock.ts'
import type { NotificationTemplate } from '../notifications/notification-service.ts'
import type { ClientNotices } from './client-notices.ts'
import {
  serviceRequestTypeNames,
  UnusableRequestedChange,
  type ServiceRequestAppliers,
} from './service-request-appliers.ts'

export const REJECTION_REASON_MAX = 500

export type DecisionOutcome = 'completed' | 'rejected'

export type Decision =
  | { outcome: DecisionOutcome; notified: boolean }
  | { outcome: 'not_open' }
  | { outcome: 'unknown_type' }
  | { outcome: 'unusable'; problem: string }

export interface DecisionParts {
  db: Database
  clock: Clock
  requests: ServiceRequestModel
  clients: ClientModel
  activities: Activities
  auditLog: AuditLog
  notices: ClientNotices
}

const decisionTemplates = {
  completed: 'caseworkerNotifications:serviceRequestCompleted',
  rejected: 'caseworkerNotifications:serviceRequestRejected',
} as const satisfies Record<DecisionOutcome, NotificationTemplate>

const typeName = (request: ServiceRequest) => serviceRequestTypeNames[request.requestType] ?? request.requestType

/**
 * A caseworker's decision on a service request. Completing applies the change, closes the request,
 * writes the audit entry (old and new values) and the activity in ONE transaction; rejecting closes
 * it with the reason. The client is told by email once the decision has committed.
 */
export class ServiceRequestDecisions {
  constructor(
    private readonly parts: DecisionParts,
    private readonly appliers: ServiceRequestAppliers,
  ) {}

  canComplete(request: ServiceRequest): boolean {
    return Object.hasOwn(this.appliers, request.requestType)
  }

  async complete(request: ServiceRequest, staffId: string): Promise<Decision> {
    if (!this.canComplete(request)) return { outcome: 'unknown_type' }
    const applier = this.appliers[request.requestType]!
    const { db, clock, requests, clients } = this.parts
    const now = clock.now()
    let client: ClientRow | undefined
    try {
      const closed = await db.transaction(async trx => {
        // The first statement writes, so SQLite takes the write lock at once.
        if (!(await requests.close(request.id, { status: 'completed', staffId }, now, trx))) return false
        client = await clients.findByIdIn(request.clientId, trx)
        if (!client) throw new UnusableRequestedChange('The client record no longer exists')
        const applied = await applier.apply({
          client,
          requestedChange: request.requestedChange,
          staffId,
          now,
          transaction: trx,
        })
        await this.recordDecision(request, 'completed', staffId, { ...applied }, now, trx)
        return true
      })
      if (!closed) return { outcome: 'not_open' }
    } catch (error) {
      if (error instanceof UnusableRequestedChange) return { outcome: 'unusable', problem: error.message }
      throw error
    }
    const notified = await this.tellClient(client!, request, 'completed')
    return { outcome: 'completed', notified }
  }

  async reject(request: ServiceRequest, staffId: string, reason: string): Promise<Decision> {
    const { db, clock, requests, clients } = this.parts
    const now = clock.now()
    const closed = await db.transaction(async trx => {
      const rejection = { status: 'rejected' as const, staffId, rejectionReason: reason }
      if (!(await requests.close(request.id, rejection, now, trx))) return false
      await this.recordDecision(request, 'rejected', staffId, { reason }, now, trx)
      return true
    })
    if (!closed) return { outcome: 'not_open' }
    const client = await clients.findById(request.clientId)
    const notified = client ? await this.tellClient(client, request, 'rejected', { reason }) : false
    return { outcome: 'rejected', notified }
  }

  /** The audit entry and the activity for a decision, inside the transaction that closes the request. */
  private async recordDecision(
    request: ServiceRequest,
    outcome: DecisionOutcome,
    staffId: string,
    details: Record<string, unknown>,
    now: Date,
    trx: Database,
  ) {
    await this.parts.auditLog.record(
      {
        actorType: 'staff',
        actorId: staffId,
        action: `service_request_${outcome}`,
        subjectType: 'client',
        subjectId: request.clientId,
        details: {
          serviceRequestId: request.id,
          reference: request.reference,
          requestType: request.requestType,
          ...details,
        },
      },
      trx,
    )
    await this.parts.activities.record(
      newActivity({
        clientId: request.clientId,
        caseId: request.caseId,
        activityType: 'service_request',
        direction: 'outbound',
        subject: `Service request ${request.reference} ${outcome}: ${typeName(request)}`,
        status: 'done',
        serviceRequestId: request.id,
        createdBy: staffId,
      }),
      now,
      trx,
    )
  }

  /** Emails the client the decision, in their language; says whether it went. */
  private tellClient(
    client: ClientRow,
    request: ServiceRequest,
    outcome: DecisionOutcome,
    values: Record<string, string> = {},
  ): Promise<boolean> {
    const { notices } = this.parts
    return notices.email(
      client,
      decisionTemplates[outcome],
      {
        change: notices.phrase(client, `requestTypes.${request.requestType}`),
        reference: request.reference,
        ...values,
      },
      request.reference,
    )
  }
}
