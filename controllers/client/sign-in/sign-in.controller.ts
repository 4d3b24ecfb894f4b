import type { RequestHandler } from 'express'
import type { ClientModel } from '../../../models/client.model.ts'
import { regenerateSession } from '../../../middleware/setUpSession.ts'
import { clientUrls, type ClientUrls, type Region } from '../../../routes/paths.ts'
import type { Clock } from '../../../services/clock.ts'
import type { IdentityProvider } from '../../../services/gateway/identity-provider.ts'
import { isUserId, normaliseUserId } from '../../../services/rules/known-facts.ts'
import { exactField, textField } from '../../../services/validation/fields.ts'
import { emptyFormErrors, formatErrors, type FieldError } from '../../../services/validation/form-errors.ts'

const view = 'pages/client/sign-in/sign-in'

export function get(): RequestHandler {
  return (_req, res) => res.render(view, { values: {}, errors: emptyFormErrors() })
}

/**
 * User ID and password. A wrong pair never says which was wrong, and the password is never shown
 * again. On success the session is renewed, then an enrolled client goes on to the PIN step and
 * anyone else to their services.
 */
export function post(identityProvider: IdentityProvider, clients: ClientModel, clock: Clock): RequestHandler {
  return async (req, res) => {
    const body = req.body as Record<string, unknown>
    const values = { userId: textField(body, 'userId') }
    const password = exactField(body, 'password')
    const userId = normaliseUserId(values.userId)
    const errors: FieldError[] = []
    if (userId === '') errors.push({ field: 'userId', key: 'signIn:signIn.errors.userIdMissing' })
    else if (!isUserId(userId)) errors.push({ field: 'userId', key: 'signIn:signIn.errors.userIdFormat' })
    if (password === '') errors.push({ field: 'password', key: 'signIn:signIn.errors.passwordMissing' })
    if (errors.length > 0) {
      res.status(400).render(view, { values, errors: formatErrors(errors, req.t) })
      return
    }

    const result = await identityProvider.authenticate(userId, password)
    if (result.outcome === 'locked') {
      res.status(403).render('pages/client/sign-in/account-locked', { lockedUntil: result.lockedUntil })
      return
    }
    if (result.outcome === 'wrongDetails') {
      const formatted = formatErrors([{ field: 'userId', key: 'signIn:signIn.errors.wrongDetails' }], req.t)
      res.status(400).render(view, {
        values,
        errors: {
          errorSummary: formatted.errorSummary,
          formErrors: { userId: formatted.formErrors.userId, password: formatted.formErrors.userId },
        },
      })
      return
    }

    await regenerateSession(req, 'client', clock)
    req.session.identityAccountId = result.account.accountId
    const client = await clients.findByIdentityAccount(result.account.accountId)
    if (!client) {
      res.redirect((res.locals.urls as ClientUrls).yourServices)
      return
    }
    req.session.pendingClientId = client.id
    const urls = clientUrls[client.region as Region]
    res.redirect(client.self_service_locked_at ? urls.selfServiceLocked : urls.pin)
  }
}
