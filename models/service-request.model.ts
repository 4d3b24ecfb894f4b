import type { ServiceRequestRow } from '../types/knex-tables-service-requests.d.ts'
import { returnedId, type Database } from './db.ts'

export type ServiceRequestSource = 'self_service' | 'caseworker'
export type ServiceRequestStatus = ServiceRequestRow['status']

export interface NewServiceRequest {
  reference: string
  clientId: number
  caseId: number | null
  source: ServiceRequestSource
  requestType: string
  /** What the client asked for, in a shape the request type defines. */
  requestedChange: Record<string, unknown>
  /** The client's values when they asked, shown beside the requested ones. */
  currentValues: Record<string, unknown> | null
  clientNote: string | null
  createdBy: string | null
}

export interface ServiceRequest {
  id: number
  reference: string
  clientId: number
  caseId: number | null
  source: ServiceRequestSource
  requestType: string
  status: ServiceRequestStatus
  requestedChange: Record<string, unknown>
  currentValues: Record<string, unknown> | null
  clientNote: string | null
  createdAt: string
  closedAt: string | null
  closedBy: string | null
  rejectionReason: string | null
}

export interface ServiceRequestFilter {
  status?: ServiceRequestStatus
  requestType?: string
}

function toServiceRequest(row: ServiceRequestRow): ServiceRequest {
  return {
    id: row.id,
    reference: row.reference,
    clientId: row.client_id,
    caseId: row.case_id,
    source: row.source,
    requestType: row.request_type,
    status: row.status,
    requestedChange: JSON.parse(row.requested_change) as Record<string, unknown>,
    currentValues: row.current_values ? (JSON.parse(row.current_values) as Record<string, unknown>) : null,
    clientNote: row.client_note,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    rejectionReason: row.rejection_reason,
  }
}

/** Service requests: the changes a caseworker must act on. */
export class ServiceRequestModel {
  constructor(private readonly db: Database) {}

  /** Inserts a request, inside the caller's transaction when one is given (so evidence and audit commit with it). */
  async create(request: NewServiceRequest, now: Date, transaction: Database = this.db): Promise<number> {
    const inserted: unknown[] = await transaction('service_requests')
      .insert({
        reference: request.reference,
        client_id: request.clientId,
        case_id: request.caseId,
        source: request.source,
        request_type: request.requestType,
        status: 'open',
        requested_change: JSON.stringify(request.requestedChange),
        current_values: request.currentValues ? JSON.stringify(request.currentValues) : null,
        client_note: request.clientNote,
        created_at: now.toISOString(),
        created_by: request.createdBy,
      })
      .returning('id')
    return returnedId(inserted[0])
  }

  async findById(id: number): Promise<ServiceRequest | undefined> {
    const row = await this.db('service_requests').where({ id }).first()
    return row ? toServiceRequest(row) : undefined
  }

  /** A client's own request, by reference: undefined for anyone else's. */
  async findForClient(clientId: number, reference: string): Promise<ServiceRequest | undefined> {
    const row = await this.db('service_requests').where({ client_id: clientId, reference }).first()
    return row ? toServiceRequest(row) : undefined
  }

  async listForClient(clientId: number): Promise<ServiceRequest[]> {
    const rows = await this.db('service_requests').where({ client_id: clientId }).orderBy('id', 'desc')
    return rows.map(toServiceRequest)
  }

  async listByStatus(status: ServiceRequestStatus, limit = 200): Promise<ServiceRequest[]> {
    const rows = await this.db('service_requests').where({ status }).orderBy('id', 'asc').limit(limit)
    return rows.map(toServiceRequest)
  }

  /** Requests for the caseworkers' list, oldest first, narrowed by status and type. */
  async list(filter: ServiceRequestFilter = {}, limit = 200): Promise<ServiceRequest[]> {
    const query = this.db('service_requests')
    if (filter.status) void query.where('status', filter.status)
    if (filter.requestType) void query.where('request_type', filter.requestType)
    const rows = await query
      .orderBy([
        { column: 'created_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ])
      .limit(limit)
    return rows.map(toServiceRequest)
  }

  /**
   * Closes an open request as completed or rejected. Only an open request can be closed, and only
   * once: the update says whether this call closed it.
   */
  async close(
    id: number,
    outcome: { status: 'completed' | 'rejected'; staffId: string; rejectionReason?: string },
    now: Date,
    transaction: Database = this.db,
  ): Promise<boolean> {
    const updated = await transaction('service_requests')
      .where({ id, status: 'open' })
      .update({
        status: outcome.status,
        closed_at: now.toISOString(),
        closed_by: outcome.staffId,
        rejection_reason: outcome.rejectionReason ?? null,
      })
    return updated === 1
  }
}
