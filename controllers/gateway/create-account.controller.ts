import type { RequestHandler } from 'express'
import type { Clock } from '../../services/clock.ts'
import type { IdentityProvider } from '../../services/gateway/identity-provider.ts'
import { emptyFormErrors, formatErrors } from '../../services/validation/form-errors.ts'
import { regenerateSession } from '../../middleware/setUpSession.ts'
import type { ClientUrls } from '../../routes/paths.ts'
import { validateCreateAccount } from './create-account.validation.ts'

const view = 'pages/gateway/create-account'

export function get(): RequestHandler {
  return (_req, res) => res.render(view, { values: {}, errors: emptyFormErrors() })
}

/** Creates the identity account, signs the new user in to it, and shows their user ID once. */
export function post(identityProvider: IdentityProvider, clock: Clock): RequestHandler {
  return async (req, res) => {
    const { values, password, errors } = validateCreateAccount(req.body as Record<string, unknown>)
    if (errors.length > 0) {
      res.status(400).render(view, { values, errors: formatErrors(errors, req.t) })
      return
    }
    const account = await identityProvider.createAccount({
      firstName: values.firstName || null,
      lastName: values.lastName || null,
      email: values.email,
      password,
    })
    await regenerateSession(req, 'client', clock)
    req.session.identityAccountId = account.accountId
    req.session.newUserId = account.userId
    res.redirect((res.locals.urls as ClientUrls).accountCreated)
  }
}
