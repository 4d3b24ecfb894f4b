import { Router, type RequestHandler } from 'express'
import type { AppDependencies } from '../dependencies.ts'
import * as specialClientRecord from '../controllers/caseworker/special-client-record.controller.ts'
import { clientIdFromPath, restrictSpecialClientRecords } from '../middleware/special-client-records.ts'
import { caseworkerPaths as paths } from './paths.ts'

/**
 * Special client records on the intranet: the restriction in front of every page of a client record
 * (the record, its sub-pages and its service requests), and the page that marks or unmarks one.
 * Mounted before the client record's own routes so the restriction runs first.
 */
export function caseworkerSpecialRecordRoutes(deps: AppDependencies, caseworker: RequestHandler[]): Router {
  const records = deps.specialClientRecords
  const router = Router()
  router.use(paths.client, ...caseworker, restrictSpecialClientRecords(records, clientIdFromPath))
  router.use(
    paths.serviceRequest,
    ...caseworker,
    restrictSpecialClientRecords(records, async req => {
      const id = Number(req.params.requestId)
      return Number.isSafeInteger(id) && id > 0 ? (await deps.serviceRequests.findById(id))?.clientId : undefined
    }),
  )
  router.get(paths.specialClientRecord, ...caseworker, specialClientRecord.get(deps.clients, records))
  router.post(paths.specialClientRecord, ...caseworker, specialClientRecord.post(deps.clients, records))
  return router
}
