import type { RequestHandler } from 'express'
import type { ChangeEvidenceModel } from '../../../models/change-evidence.model.ts'
import type { ClientCases } from '../../../models/client-cases.model.ts'
import { pathTo, type ClientUrls } from '../../../routes/paths.ts'
import type { ChangesOfCircumstancesService } from '../../../services/changes-of-circumstances/changes-of-circumstances.service.ts'
import { changeSummary } from './change-summary.ts'

/** Check your answers before sending a change of circumstances; nothing is sent until the client confirms. */
export function get(cases: ClientCases, evidence: ChangeEvidenceModel): RequestHandler {
  return async (req, res) => {
    const change = req.session.pendingChange
    if (!change) return res.redirect((res.locals.urls as ClientUrls).myDetails)
    const clientId = req.session.clientId!
    const caseNumber = change.caseId ? (await cases.caseFor(clientId, change.caseId))?.caseNumber : undefined
    const fileNames = await evidence.fileNames(clientId, change.documentIds)
    const rows = changeSummary(change, req.t, res, { caseLabel: caseNumber ?? null, fileNames })
    res.render('pages/client/details/check-change', { change, rows })
  }
}

/** Sends the change as a service request (source Self Service) and shows its reference. */
export function post(changes: ChangesOfCircumstancesService): RequestHandler {
  return async (req, res) => {
    const urls = res.locals.urls as ClientUrls
    const change = req.session.pendingChange
    if (!change) return res.redirect(urls.myDetails)
    const { reference } = await changes.report(req.session.clientId!, change)
    delete req.session.pendingChange
    delete req.session.pendingEvidence
    delete req.session.addressLookup
    res.redirect(pathTo(urls.changeSent, { reference }))
  }
}
