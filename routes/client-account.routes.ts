import { Router } from 'express'
import type { AppDependencies } from '../dependencies.ts'
import * as home from '../controllers/client/home.controller.ts'
import * as keepAlive from '../controllers/client/keep-alive.controller.ts'
import { requireSignedInClient } from '../middleware/client-access.ts'
import { clientNavigation } from '../middleware/client-navigation.ts'
import { clientPaths } from './paths.ts'

/** The signed-in client site: every route here is behind the full sign-in (password and PIN). */
export function clientAccountRoutes(deps: AppDependencies): Router {
  const router = Router()
  const signedIn = [requireSignedInClient(deps.clients), clientNavigation]
  router.get(clientPaths.home, ...signedIn, home.get(deps.homeSummaries))
  router.get(clientPaths.keepAlive, ...signedIn, keepAlive.get())
  return router
}
