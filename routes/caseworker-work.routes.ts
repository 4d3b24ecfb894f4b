import { Router, type RequestHandler } from 'express'
import type { AppDependencies } from '../dependencies.ts'
import * as activities from '../controllers/caseworker/activities.controller.ts'
import * as activity from '../controllers/caseworker/activity.controller.ts'
import * as outboundMessages from '../controllers/caseworker/outbound-messages.controller.ts'
import * as messagePdf from '../controllers/caseworker/message-pdf.controller.ts'
import * as recordCall from '../controllers/caseworker/record-call.controller.ts'
import * as resendLetter from '../controllers/caseworker/resend-letter.controller.ts'
import * as respondChoose from '../controllers/caseworker/respond-choose.controller.ts'
import * as respondCompose from '../controllers/caseworker/respond-compose.controller.ts'
import * as clientDocument from '../controllers/caseworker/client-document.controller.ts'
import * as serviceRequest from '../controllers/caseworker/service-request.controller.ts'
import * as serviceRequests from '../controllers/caseworker/service-requests.controller.ts'
import * as workItems from '../controllers/caseworker/work-items.controller.ts'
import type { CaseworkerIntranet } from '../services/caseworker/index.ts'
import { caseworkerPaths as paths } from './paths.ts'

/** The caseworker's work on client records: service requests, activities and client documents. */
export function caseworkerWorkRoutes(
  deps: AppDependencies,
  intranet: CaseworkerIntranet,
  caseworker: RequestHandler[],
): Router {
  const router = Router()
  const requestPage = {
    requests: deps.serviceRequests,
    clients: deps.clients,
    documents: deps.documents,
    auditLog: deps.auditLog,
    appliers: intranet.serviceRequestAppliers,
    decisions: intranet.serviceRequestDecisions,
  }
  router.get(
    paths.serviceRequests,
    ...caseworker,
    serviceRequests.get(deps.serviceRequests, deps.clients, deps.specialClientRecords),
  )
  router.get(paths.serviceRequest, ...caseworker, serviceRequest.get(requestPage))
  router.post(paths.completeServiceRequest, ...caseworker, serviceRequest.postComplete(requestPage))
  router.post(paths.rejectServiceRequest, ...caseworker, serviceRequest.postReject(requestPage))
  router.get(
    paths.clientDocument,
    ...caseworker,
    clientDocument.get(deps.clients, deps.documents, deps.documentStorage, deps.auditLog),
  )
  const activityPage = {
    clients: deps.clients,
    activities: deps.activities,
    documents: deps.documents,
    auditLog: deps.auditLog,
    actions: intranet.activityActions,
    clock: deps.clock,
  }
  router.get(paths.activities, ...caseworker, activities.get(deps.clients, deps.activities, deps.auditLog, deps.clock))
  router.get(paths.activity, ...caseworker, activity.get(activityPage))
  router.post(paths.activityNotes, ...caseworker, activity.postNote(activityPage))
  router.post(paths.activityDone, ...caseworker, activity.postDone(activityPage))
  router.post(paths.resendLetter, ...caseworker, resendLetter.post(deps.clients, deps.activities, deps.letterIssuer))
  router.get(
    paths.messagePdf,
    ...caseworker,
    messagePdf.get(deps.clients, deps.activities, deps.documents, deps.auditLog),
  )
  const respond = {
    clients: deps.clients,
    activities: deps.activities,
    responder: intranet.emailResponder,
    clock: deps.clock,
  }
  router.get(paths.respondByEmail, ...caseworker, respondChoose.get(respond))
  router.post(paths.respondByEmail, ...caseworker, respondChoose.post(respond))
  router.get(paths.respondByEmailFields, ...caseworker, respondCompose.getFields(respond))
  router.post(paths.respondByEmailFields, ...caseworker, respondCompose.postFields(respond))
  router.get(paths.respondByEmailCheck, ...caseworker, respondCompose.getCheck(respond))
  router.post(paths.respondByEmailCheck, ...caseworker, respondCompose.postSend(respond))
  router.get(paths.recordCall, ...caseworker, recordCall.get(deps.clients))
  router.post(paths.recordCall, ...caseworker, recordCall.post(deps.clients, intranet.calls))
  router.post(
    paths.resendMessage,
    ...caseworker,
    outboundMessages.postResend(deps.outbox, intranet.resender, deps.specialClientRecords),
  )
  router.get(
    paths.workItems,
    ...caseworker,
    workItems.get(deps.activities, deps.clients, deps.clock, deps.specialClientRecords),
  )
  return router
}
