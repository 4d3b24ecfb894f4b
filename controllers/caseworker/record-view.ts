import type { Request } from 'express'
import type { AuditLog } from '../../models/audit.model.ts'

export interface ClientView {
  /** What was viewed, as the audit log names it: `client_record_viewed`, `client_document_viewed`… */
  action: string
  clientId: number
  details?: Record<string, unknown>
}

/** Audit logs a caseworker's view of part of a client's record, with their staff ID. */
export function recordClientView(
  auditLog: AuditLog,
  req: Request,
  { action, clientId, details }: ClientView,
): Promise<void> {
  return auditLog.record({
    actorType: 'staff',
    actorId: req.session.staff!.staffId,
    action,
    subjectType: 'client',
    subjectId: clientId,
    details,
  })
}
