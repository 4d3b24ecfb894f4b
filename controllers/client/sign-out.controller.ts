import type { RequestHandler } from 'express'
import type { AuditLog } from '../../models/audit.model.ts'
import { clearSignedInMarker } from '../../middleware/client-access.ts'
import { destroySession } from '../../middleware/setUpSession.ts'
import type { ClientUrls } from '../../routes/paths.ts'

/** Ends the session on the server, so its cookie opens nothing afterwards. */
export function post(auditLog: AuditLog): RequestHandler {
  return async (req, res) => {
    const { clientId, identityAccountId } = req.session
    if (clientId !== undefined) {
      await auditLog.record({
        actorType: 'client',
        actorId: String(clientId),
        action: 'client_signed_out',
        subjectType: 'client',
        subjectId: clientId,
      })
    } else if (identityAccountId !== undefined) {
      await auditLog.record({
        actorType: 'identity_account',
        actorId: String(identityAccountId),
        action: 'identity_signed_out',
        subjectType: 'identity_account',
        subjectId: identityAccountId,
      })
    }
    await destroySession(req)
    clearSignedInMarker(res)
    res.redirect(`${(res.locals.urls as ClientUrls).signedOut}?lang=${req.language}`)
  }
}
