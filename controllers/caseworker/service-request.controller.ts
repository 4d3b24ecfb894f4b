import type { Request, RequestHandler, Response } from 'express'
import type { AuditLog } from '../../models/audit.model.ts'
import type { ClientModel } from '../../models/client.model.ts'
import type { Documents } from '../../models/document.model.ts'
import type { ServiceRequest, ServiceRequestModel } from '../../models/service-request.model.ts'
import { caseworkerPaths, pathTo } from '../../routes/paths.ts'
import {
  serviceRequestTypeNames,
  UnusableRequestedChange,
  type ComparisonRow,
  type ServiceRequestAppliers,
} from '../../services/caseworker/service-request-appliers.ts'
import {
  REJECTION_REASON_MAX,
  type Decision,
  type ServiceRequestDecisions,
} from '../../services/caseworker/service-request-decisions.ts'
import { takeFlash } from '../../middleware/staff-status.ts'
import { textField } from '../../services/validation/fields.ts'
import type { FieldError } from '../../services/validation/form-errors.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { serviceRequestFromPath } from './service-request-record.ts'
import { renderNotFound } from './not-found.ts'
import { recordClientView } from './record-view.ts'

export interface ServiceRequestPageParts {
  requests: ServiceRequestModel
  clients: ClientModel
  documents: Documents
  auditLog: AuditLog
  appliers: ServiceRequestAppliers
  decisions: ServiceRequestDecisions
}

const view = 'pages/caseworker/service-requests/request'

/** The requested values beside the current ones, or why they cannot be shown. */
function comparison(
  parts: ServiceRequestPageParts,
  request: ServiceRequest,
  client: Parameters<ServiceRequestAppliers[string]['compare']>[0],
) {
  const applier = parts.appliers[request.requestType]
  if (!applier)
    return { rows: [] as ComparisonRow[], problem: 'This type of request cannot be completed on the intranet yet.' }
  try {
    return { rows: applier.compare(client, request.requestedChange), problem: undefined }
  } catch (error) {
    if (error instanceof UnusableRequestedChange) return { rows: [] as ComparisonRow[], problem: `${error.message}.` }
    throw error
  }
}

async function renderRequest(
  parts: ServiceRequestPageParts,
  req: Request,
  res: Response,
  request: ServiceRequest,
  form: { status?: number; errors?: FieldError[]; values?: Record<string, string>; refusal?: string } = {},
) {
  const client = await parts.clients.findById(request.clientId)
  if (!client) {
    renderNotFound(res)
    return
  }
  const evidence = (await parts.documents.listForServiceRequest(request.id)).filter(
    document => document.ownerClientId === client.id,
  )
  res.status(form.status ?? 200).render(view, {
    request,
    client,
    typeName: serviceRequestTypeNames[request.requestType] ?? request.requestType,
    comparison: comparison(parts, request, client),
    evidence,
    values: form.values ?? {},
    errors: staffFormErrors(form.errors ?? []),
    refusal: form.refusal,
    reasonMax: REJECTION_REASON_MAX,
    flash: takeFlash(req),
  })
}

/** One service request: who asked, what for, the evidence, and the caseworker's decision. */
export function get(parts: ServiceRequestPageParts): RequestHandler {
  return async (req, res) => {
    const request = await serviceRequestFromPath(req, res, parts.requests)
    if (!request) return
    await recordClientView(parts.auditLog, req, {
      action: 'service_request_viewed',
      clientId: request.clientId,
      details: { serviceRequestId: request.id, reference: request.reference },
    })
    await renderRequest(parts, req, res, request)
  }
}

const afterDecision: Record<string, (notified: boolean) => string> = {
  completed: notified =>
    `The service request is complete and the client’s record is updated.${notified ? ' The client has been sent an email.' : ' The client has no email address, so no email was sent.'}`,
  rejected: notified =>
    `The service request is rejected.${notified ? ' The client has been sent an email with the reason.' : ' The client has no email address, so no email was sent.'}`,
}

async function answer(
  parts: ServiceRequestPageParts,
  req: Request,
  res: Response,
  request: ServiceRequest,
  decision: Decision,
) {
  if (decision.outcome === 'unknown_type' || decision.outcome === 'unusable') {
    const refusal =
      decision.outcome === 'unknown_type'
        ? 'This type of request cannot be completed on the intranet yet. It is still open: act on it in the main system.'
        : `This request cannot be completed: ${decision.problem}. It is still open.`
    await renderRequest(parts, req, res, request, { status: 400, refusal })
    return
  }
  req.session.flash =
    decision.outcome === 'not_open'
      ? 'This service request was already closed.'
      : afterDecision[decision.outcome]!(decision.notified)
  res.redirect(pathTo(caseworkerPaths.serviceRequest, { requestId: request.id }))
}

export function postComplete(parts: ServiceRequestPageParts): RequestHandler {
  return async (req, res) => {
    const request = await serviceRequestFromPath(req, res, parts.requests)
    if (!request) return
    await answer(parts, req, res, request, await parts.decisions.complete(request, req.session.staff!.staffId))
  }
}

export function postReject(parts: ServiceRequestPageParts): RequestHandler {
  return async (req, res) => {
    const request = await serviceRequestFromPath(req, res, parts.requests)
    if (!request) return
    const reason = textField(req.body as Record<string, unknown>, 'reason')
    const errors: FieldError[] = []
    if (reason === '') errors.push({ field: 'reason', key: 'Enter the reason for rejecting the request' })
    else if (reason.length > REJECTION_REASON_MAX)
      errors.push({ field: 'reason', key: `Reason must be ${REJECTION_REASON_MAX} characters or fewer` })
    if (errors.length > 0) {
      await renderRequest(parts, req, res, request, { status: 400, errors, values: { reason } })
      return
    }
    await answer(parts, req, res, request, await parts.decisions.reject(request, req.session.staff!.staffId, reason))
  }
}
