import type { Request, Response } from 'express'
import type { Config } from '../../../config.ts'
import { setSignedInMarker } from '../../../middleware/client-access.ts'
import { regenerateSession } from '../../../middleware/setUpSession.ts'
import { clientUrls, type Region } from '../../../routes/paths.ts'
import type { Clock } from '../../../services/clock.ts'
import type { ClientRow } from '../../../types/knex-tables.d.ts'

/**
 * The client has proved who they are: renew the session id (the half-signed-in id is now worthless),
 * remember when they last signed in before, and go to their home page.
 */
export async function completeSignIn(
  req: Request,
  res: Response,
  client: ClientRow,
  clock: Clock,
  config: Pick<Config, 'env'>,
): Promise<void> {
  const identityAccountId = req.session.identityAccountId
  await regenerateSession(req, 'client', clock)
  req.session.identityAccountId = identityAccountId!
  req.session.clientId = client.id
  req.session.previousSignInAt = client.last_sign_in_at
  setSignedInMarker(res, req.language, config)
  res.redirect(clientUrls[client.region as Region].home)
}
