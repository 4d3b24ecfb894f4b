import { Router } from 'express'
import type { AppDependencies } from '../dependencies.ts'
import * as changePin from '../controllers/client/details/change-pin.controller.ts'
import * as myDetails from '../controllers/client/details/my-details.controller.ts'
import { requireSignedInClient } from '../middleware/client-access.ts'
import { clientNavigation } from '../middleware/client-navigation.ts'
import { clientPaths } from './paths.ts'

/** My details: every page is the signed-in client's own, behind the full sign-in. */
export function clientDetailsRoutes(deps: AppDependencies): Router {
  const { clients, details } = deps
  const router = Router()
  const signedIn = [requireSignedInClient(clients), clientNavigation]

  router.get(clientPaths.myDetails, ...signedIn, myDetails.get())
  router.get(clientPaths.changePin, ...signedIn, changePin.get())
  router.post(clientPaths.changePin, ...signedIn, changePin.post(clients, details.changePin))
  router.get(clientPaths.pinChanged, ...signedIn, changePin.getChanged())
  return router
}
