import type { Request, RequestHandler, Response } from 'express'
import type { ChangeEvidenceModel } from '../../../models/change-evidence.model.ts'
import type { ClientCase, ClientCases } from '../../../models/client-cases.model.ts'
import { pathTo, type ClientUrls } from '../../../routes/paths.ts'
import { temporaryUploadsOf } from '../../../middleware/upload-files.ts'
import {
  checkReportForm,
  NOT_ONE_CASE,
  type ReportValues,
} from '../../../services/changes-of-circumstances/report-form.ts'
import {
  reportedChangeTypes,
  type ReportedChangeType,
} from '../../../services/changes-of-circumstances/requested-changes.ts'
import type { DocumentUploads } from '../../../services/uploads/document-uploads.ts'
import { uploadFieldErrors } from '../../../services/uploads/upload-form-errors.ts'
import { emptyFormErrors, formatErrors, type FieldError } from '../../../services/validation/form-errors.ts'

const view = 'pages/client/details/report-change'

function changeTypeOf(req: Request): ReportedChangeType | undefined {
  const value = req.params.changeType
  return typeof value === 'string' && (reportedChangeTypes as readonly string[]).includes(value)
    ? (value as ReportedChangeType)
    : undefined
}

/** Evidence already uploaded for this kind of change, in this session. */
function evidenceIds(req: Request, changeType: ReportedChangeType): number[] {
  const evidence = req.session.pendingEvidence
  return evidence?.changeType === changeType ? evidence.documentIds : []
}

interface PageState {
  changeType: ReportedChangeType
  cases: ClientCase[]
  values: ReportValues
  fileNames: string[]
}

function render(res: Response, state: PageState, errors = emptyFormErrors(), status = 200) {
  const action = pathTo((res.locals.urls as ClientUrls).reportChange, { changeType: state.changeType })
  res.status(status).render(view, { ...state, errors, action, noCase: NOT_ONE_CASE })
}

/** Tell us about a change: which case, what changed, and any evidence. Filled from a change not yet sent. */
export function get(cases: ClientCases, evidence: ChangeEvidenceModel): RequestHandler {
  return async (req, res, next) => {
    const changeType = changeTypeOf(req)
    if (!changeType) return next()
    const clientId = req.session.clientId!
    const pending = req.session.pendingChange
    const typed =
      pending?.requestType === changeType
        ? (pending.requestedChange as { caseId: number | null; details: string })
        : null
    const clientCases = await cases.casesFor(clientId)
    const values: ReportValues = {
      caseId: typed ? String(typed.caseId ?? NOT_ONE_CASE) : clientCases.length === 1 ? String(clientCases[0]!.id) : '',
      details: typed?.details ?? '',
    }
    const fileNames = await evidence.fileNames(clientId, evidenceIds(req, changeType))
    render(res, { changeType, cases: clientCases, values, fileNames })
  }
}

/**
 * A reported change goes to a caseworker: checked here, then sent from the check-answers page.
 * Evidence is uploaded with the form (multer has read it; the CSRF token was checked after) and
 * linked to the service request when the change is sent.
 */
export function post(cases: ClientCases, evidence: ChangeEvidenceModel, uploads: DocumentUploads): RequestHandler {
  return async (req, res, next) => {
    const changeType = changeTypeOf(req)
    if (!changeType) return next()
    const clientId = req.session.clientId!
    const clientCases = await cases.casesFor(clientId)
    const { values, errors, change } = checkReportForm(req.body as Record<string, unknown>, clientCases)
    const files = temporaryUploadsOf(req).filter(file => file.originalName !== '' || file.sizeBytes > 0)
    const uploadErrors: FieldError[] = []
    let documentIds = evidenceIds(req, changeType)
    if (files.length > 0) {
      const outcome = await uploads.accept(clientId, files, { heldForLater: true })
      const accepted = outcome.results.flatMap(result => (result.status === 'accepted' ? [result.documentId] : []))
      documentIds = [...documentIds, ...accepted]
      req.session.pendingEvidence = { changeType, documentIds }
      uploadErrors.push(...uploadFieldErrors(outcome, 'evidence'))
    }
    const allErrors = [...errors, ...uploadErrors]
    if (!change || allErrors.length > 0) {
      const fileNames = await evidence.fileNames(clientId, documentIds)
      render(res, { changeType, cases: clientCases, values, fileNames }, formatErrors(allErrors, req.t), 400)
      return
    }
    req.session.pendingChange = {
      requestType: changeType,
      caseId: change.caseId,
      requestedChange: change,
      currentValues: null,
      documentIds,
    }
    res.redirect((res.locals.urls as ClientUrls).checkChange)
  }
}
