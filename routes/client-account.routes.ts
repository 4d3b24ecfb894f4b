import { Router } from 'express'
import type { AppDependencies } from '../dependencies.ts'
import * as applicationStatus from '../controllers/client/application-status.controller.ts'
import * as home from '../controllers/client/home.controller.ts'
import * as keepAlive from '../controllers/client/keep-alive.controller.ts'
import { exposeApplicationStatus } from '../middleware/application-status.ts'
import { requireSignedInClient } from '../middleware/client-access.ts'
import { clientNavigation } from '../middleware/client-navigation.ts'
import { exposeNewMessageCount } from '../middleware/new-message-count.ts'
import { clientPaths } from './paths.ts'

/** The signed-in client site: every route here is behind the full sign-in (password and PIN). */
export function clientAccountRoutes(deps: AppDependencies): Router {
  const router = Router()
  const signedIn = [requireSignedInClient(deps.clients), clientNavigation]
  router.get(
    clientPaths.home,
    ...signedIn,
    exposeNewMessageCount(deps.letters),
    exposeApplicationStatus(deps.applications),
    home.get(),
  )
  router.get(clientPaths.keepAlive, ...signedIn, keepAlive.get())
  router.get(clientPaths.applicationStatus, ...signedIn, applicationStatus.get(deps.applications))
  return router
}
