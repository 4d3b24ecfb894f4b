import type { RequestHandler } from 'express'
import type { ClientModel } from '../../models/client.model.ts'
import { destroySession } from '../../middleware/setUpSession.ts'
import type { ClientUrls } from '../../routes/paths.ts'
import type { IdentityProvider } from '../../services/gateway/identity-provider.ts'

/** "Your services": the Child Maintenance Service, with "Enrol now" or "Sign in". */
export function get(identityProvider: IdentityProvider, clients: ClientModel): RequestHandler {
  return async (req, res) => {
    const account = await identityProvider.findAccount(req.session.identityAccountId!)
    if (!account) {
      await destroySession(req)
      res.redirect((res.locals.urls as ClientUrls).signIn)
      return
    }
    const client = await clients.findByIdentityAccount(account.accountId)
    res.render('pages/gateway/your-services', { account, enrolled: Boolean(client) })
  }
}

/** "Sign in" from your services: the password is already checked, so go on to the PIN step. */
export function startServiceSignIn(clients: ClientModel): RequestHandler {
  return async (req, res) => {
    const urls = res.locals.urls as ClientUrls
    const client = await clients.findByIdentityAccount(req.session.identityAccountId!)
    if (!client) {
      res.redirect(urls.enrol)
      return
    }
    req.session.pendingClientId = client.id
    res.redirect(client.self_service_locked_at ? urls.selfServiceLocked : urls.pin)
  }
}
