import type { RequestHandler } from 'express'
import type { ClientModel } from '../../models/client.model.ts'
import type { ClientUrls } from '../../routes/paths.ts'
import type { Clock } from '../../services/clock.ts'
import type { EnrolmentService } from '../../services/gateway/enrolment.service.ts'
import type { IdentityProvider } from '../../services/gateway/identity-provider.ts'
import { emptyFormErrors, formatErrors } from '../../services/validation/form-errors.ts'
import { validateKnownFacts } from './known-facts.validation.ts'

const view = 'pages/gateway/known-facts'
const lockedView = 'pages/gateway/enrolment-locked'

export function get(clients: ClientModel): RequestHandler {
  return async (req, res) => {
    if (await clients.findByIdentityAccount(req.session.identityAccountId!)) {
      res.redirect((res.locals.urls as ClientUrls).yourServices)
      return
    }
    res.render(view, { values: {}, errors: emptyFormErrors() })
  }
}

/** Matches the three known facts to one client record and enrols the account for the service. */
export function post(identityProvider: IdentityProvider, enrolment: EnrolmentService, clock: Clock): RequestHandler {
  return async (req, res) => {
    const urls = res.locals.urls as ClientUrls
    const account = await identityProvider.findAccount(req.session.identityAccountId!)
    if (!account) {
      res.redirect(urls.signIn)
      return
    }
    if (account.enrolmentLockedUntil && account.enrolmentLockedUntil > clock.now()) {
      res.status(403).render(lockedView, { lockedUntil: account.enrolmentLockedUntil })
      return
    }
    const { values, facts, errors } = validateKnownFacts(req.body as Record<string, unknown>, clock.now())
    if (!facts) {
      res.status(400).render(view, { values, errors: formatErrors(errors, req.t) })
      return
    }
    const result = await enrolment.enrol(account, facts)
    switch (result.outcome) {
      case 'enrolled':
        res.redirect(urls.enrolled)
        return
      case 'accountAlreadyEnrolled':
        res.redirect(urls.yourServices)
        return
      case 'locked':
        res.status(403).render(lockedView, { lockedUntil: result.lockedUntil })
        return
      case 'noMatch':
      case 'recordEnrolledElsewhere': {
        const key = result.outcome === 'noMatch' ? 'noMatch' : 'enrolledElsewhere'
        const formErrors = formatErrors(
          [{ field: 'customerReferenceNumber', key: `gateway:knownFacts.errors.${key}` }],
          req.t,
        )
        res.status(400).render(view, { values, errors: { errorSummary: formErrors.errorSummary, formErrors: {} } })
      }
    }
  }
}
