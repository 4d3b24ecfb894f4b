import type { Request, Response } from 'express'
import type { ClientModel } from '../../models/client.model.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'
import { renderNotFound } from './not-found.ts'

/** The client named in the URL, or a 404 page; staff may open any client record (special records aside). */
export async function clientFromPath(
  req: Request,
  res: Response,
  clients: ClientModel,
): Promise<ClientRow | undefined> {
  const id = Number(req.params.clientId)
  const client = Number.isSafeInteger(id) && id > 0 ? await clients.findById(id) : undefined
  if (!client) renderNotFound(res)
  return client
}
