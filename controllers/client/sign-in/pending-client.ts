import type { Request, Response } from 'express'
import type { ClientModel } from '../../../models/client.model.ts'
import type { ClientUrls } from '../../../routes/paths.ts'
import type { ClientRow } from '../../../types/knex-tables.d.ts'

/**
 * The client whose PIN step this session is on. A locked client is sent to the locked page and
 * undefined returned, so the caller stops.
 */
export async function pendingClient(req: Request, res: Response, clients: ClientModel): Promise<ClientRow | undefined> {
  const urls = res.locals.urls as ClientUrls
  const client = await clients.findById(req.session.pendingClientId!)
  if (!client || client.identity_account_id !== req.session.identityAccountId) {
    res.redirect(urls.signIn)
    return undefined
  }
  if (client.self_service_locked_at) {
    res.redirect(urls.selfServiceLocked)
    return undefined
  }
  return client
}
