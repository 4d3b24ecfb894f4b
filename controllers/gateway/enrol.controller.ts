import type { RequestHandler } from 'express'
import type { ClientModel } from '../../models/client.model.ts'
import type { ClientUrls } from '../../routes/paths.ts'

/** Who can use the self-service site, before the enrolment form. */
export function get(clients: ClientModel): RequestHandler {
  return async (req, res) => {
    if (await clients.findByIdentityAccount(req.session.identityAccountId!)) {
      res.redirect((res.locals.urls as ClientUrls).yourServices)
      return
    }
    res.render('pages/gateway/enrol')
  }
}

/** "You have enrolled". */
export function complete(clients: ClientModel): RequestHandler {
  return async (req, res) => {
    if (!(await clients.findByIdentityAccount(req.session.identityAccountId!))) {
      res.redirect((res.locals.urls as ClientUrls).enrol)
      return
    }
    res.render('pages/gateway/enrolled')
  }
}
