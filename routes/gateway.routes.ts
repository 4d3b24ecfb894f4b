import { Router } from 'express'
import type { AppDependencies } from '../dependencies.ts'
import * as createAccount from '../controllers/gateway/create-account.controller.ts'
import * as enrol from '../controllers/gateway/enrol.controller.ts'
import * as knownFacts from '../controllers/gateway/known-facts.controller.ts'
import * as userId from '../controllers/gateway/user-id.controller.ts'
import * as yourServices from '../controllers/gateway/your-services.controller.ts'
import { requireIdentityAccount } from '../middleware/client-access.ts'
import { limitPostsPerIp } from '../middleware/rate-limit.ts'
import { clientPaths } from './paths.ts'

/**
 * The identity account module (the service's Government Gateway): create an account, your services,
 * enrolment with known facts. It reaches the rest of the service only through the IdentityProvider
 * interface and the enrolment service.
 */
export function gatewayRoutes(deps: AppDependencies): Router {
  const { identityProvider, clients, enrolment, clock } = deps
  const router = Router()
  const limitEnrolment = limitPostsPerIp('enrolment', deps.config.rateLimits.enrolment, deps)

  router.get(clientPaths.createAccount, createAccount.get())
  router.post(clientPaths.createAccount, limitEnrolment, createAccount.post(identityProvider, clock))
  router.get(clientPaths.accountCreated, requireIdentityAccount, userId.get())
  router.post(clientPaths.accountCreated, requireIdentityAccount, userId.post())
  router.get(clientPaths.yourServices, requireIdentityAccount, yourServices.get(identityProvider, clients))
  router.get(clientPaths.serviceSignIn, requireIdentityAccount, yourServices.startServiceSignIn(clients))
  router.get(clientPaths.enrol, requireIdentityAccount, enrol.get(clients))
  router.get(clientPaths.enrolKnownFacts, requireIdentityAccount, knownFacts.get(clients))
  router.post(
    clientPaths.enrolKnownFacts,
    requireIdentityAccount,
    limitEnrolment,
    knownFacts.post(identityProvider, enrolment, clock),
  )
  router.get(clientPaths.enrolled, requireIdentityAccount, enrol.complete(clients))
  return router
}
