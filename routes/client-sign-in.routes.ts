import { Router } from 'express'
import type { AppDependencies } from '../dependencies.ts'
import * as forgottenPin from '../controllers/client/sign-in/forgotten-pin.controller.ts'
import * as locked from '../controllers/client/sign-in/locked.controller.ts'
import * as newPin from '../controllers/client/sign-in/new-pin.controller.ts'
import * as pin from '../controllers/client/sign-in/pin.controller.ts'
import * as signInCode from '../controllers/client/sign-in/sign-in-code.controller.ts'
import * as signIn from '../controllers/client/sign-in/sign-in.controller.ts'
import * as signOut from '../controllers/client/sign-out.controller.ts'
import { requirePendingClient } from '../middleware/client-access.ts'
import { limitPostsPerIp } from '../middleware/rate-limit.ts'
import { clientPaths } from './paths.ts'

/** Signing in to the client site: user ID and password, then PIN digits, a forgotten PIN or an email code. */
export function clientSignInRoutes(deps: AppDependencies): Router {
  const { identityProvider, clients, pinSignIn, forgottenPin: forgotten, signInCodes, clock, config } = deps
  const router = Router()
  const limitSignIn = limitPostsPerIp('sign-in', config.rateLimits.signIn, deps)
  const limitPin = limitPostsPerIp('pin', config.rateLimits.pin, deps)
  const limitCodes = limitPostsPerIp('sign-in-code', config.rateLimits.signInCodes, deps)

  router.get(clientPaths.signIn, signIn.get())
  router.post(clientPaths.signIn, limitSignIn, signIn.post(identityProvider, clients, clock))
  router.get(clientPaths.selfServiceLocked, locked.get())
  router.post(clientPaths.signOut, signOut.post(deps.auditLog))

  router.use(
    [
      clientPaths.pin,
      clientPaths.forgottenPin,
      clientPaths.newPin,
      clientPaths.signInCode,
      clientPaths.enterSignInCode,
    ],
    requirePendingClient,
  )
  router.get(clientPaths.pin, pin.get(clients, pinSignIn))
  router.post(clientPaths.pin, limitPin, pin.post(clients, pinSignIn, clock, config))
  router.get(clientPaths.forgottenPin, forgottenPin.get(clients, forgotten))
  router.post(clientPaths.forgottenPin, limitPin, forgottenPin.post(clients, forgotten))
  router.get(clientPaths.newPin, newPin.get())
  router.post(clientPaths.newPin, limitPin, newPin.post(clients, forgotten, pinSignIn, clock, config))
  router.get(clientPaths.signInCode, signInCode.getRequest(clients))
  router.post(clientPaths.signInCode, limitCodes, signInCode.postRequest(clients, signInCodes))
  router.get(clientPaths.enterSignInCode, signInCode.getEnter(clients))
  router.post(
    clientPaths.enterSignInCode,
    limitPin,
    signInCode.postEnter(clients, signInCodes, pinSignIn, clock, config),
  )
  return router
}
