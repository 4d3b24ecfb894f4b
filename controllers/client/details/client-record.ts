import type { Request } from 'express'
import type { ClientModel } from '../../../models/client.model.ts'
import type { ClientRow } from '../../../types/knex-tables.d.ts'

/**
 * The signed-in client's own record. requireSignedInClient has already checked the session, so the
 * record is always the session's client: no page here takes a client id from the request.
 */
export async function signedInClientRecord(req: Request, clients: ClientModel): Promise<ClientRow> {
  const row = await clients.findById(req.session.clientId!)
  if (!row) throw new Error('The signed-in client has no record')
  return row
}
