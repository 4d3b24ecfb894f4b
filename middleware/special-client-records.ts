import type { Request, RequestHandler, Response } from 'express'
import {
  canOpenSpecialRecords,
  type SpecialClientRecordsService,
} from '../services/caseworker/special-client-records.ts'

/** The client a page belongs to, read from its URL; undefined when there is none (the page then says 404). */
export type ClientOfPage = (req: Request) => Promise<number | undefined>

/**
 * In front of every page of a client record: a special client record opens only for staff with a
 * Special Client Records profile. Anyone else sees that access is restricted (403), and the attempt
 * is audit logged with who, which client and which page.
 */
export function restrictSpecialClientRecords(
  records: SpecialClientRecordsService,
  clientOfPage: ClientOfPage,
): RequestHandler {
  return async (req, res, next) => {
    const clientId = await clientOfPage(req)
    const record = clientId === undefined ? undefined : await records.find(clientId)
    if (!record) {
      next()
      return
    }
    if (canOpenSpecialRecords(heldRoles(res))) {
      res.locals.specialClientRecord = record
      next()
      return
    }
    await records.refusedAccess(record.clientId, req.session.staff!.staffId, req.originalUrl)
    res.status(403).render('pages/caseworker/restricted-record')
  }
}

/** A client id from the URL's :clientId, when it is one. */
export const clientIdFromPath: ClientOfPage = req => {
  const id = Number(req.params.clientId)
  return Promise.resolve(Number.isSafeInteger(id) && id > 0 ? id : undefined)
}

/** The profiles the signed-in member holds on this system, as the staff access middleware found them. */
export function heldRoles(res: Response): string[] {
  return (res.locals.heldRoles as string[] | undefined) ?? []
}
