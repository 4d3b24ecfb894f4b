import { Router } from 'express'
import type { AppDependencies } from '../dependencies.ts'
import * as health from '../controllers/health.controller.ts'
import { redirectTo } from '../controllers/redirect.controller.ts'
import { createCsrfProtection } from '../middleware/setUpCsrf.ts'
import type { ApplyLanguage } from '../middleware/setUpI18n.ts'
import { createSessionMiddleware } from '../middleware/setUpSession.ts'
import { clientRoutes } from './client.routes.ts'
import { operationalPaths, regionPrefixes, regions } from './paths.ts'
import { PAYMENT_SESSION_MINUTES } from '../services/payments/payment-rules.ts'
import { paymentSandboxRoutes } from './payment-sandbox.routes.ts'
import { receiptsToolRoutes } from './receipts-tool.routes.ts'
import { caseworkerRoutes } from './caseworker.routes.ts'

/** Every route of the service: the client site per region, the two staff tools, and operational checks. */
export function setUpRoutes(deps: AppDependencies, applyLanguage: ApplyLanguage): Router {
  const router = Router()
  const csrf = createCsrfProtection()
  const sessionDeps = { config: deps.config, db: deps.db, clock: deps.clock, logger: deps.logger }

  router.get('/', redirectTo(regionPrefixes.gb))
  router.get(operationalPaths.health, health.get(deps.db))

  const clientSession = createSessionMiddleware('client', sessionDeps)
  for (const region of regions) {
    router.use(regionPrefixes[region], clientRoutes(region, { deps, session: clientSession, csrf, applyLanguage }))
  }
  router.use(caseworkerRoutes(deps, createSessionMiddleware('caseworker', sessionDeps), csrf))
  router.use(receiptsToolRoutes(deps, createSessionMiddleware('receiptsTool', sessionDeps), csrf))
  if (deps.paymentSandbox) {
    const sandboxConfig = { ...deps.config, sessionIdleMinutes: PAYMENT_SESSION_MINUTES }
    const session = createSessionMiddleware('paymentSandbox', { ...sessionDeps, config: sandboxConfig })
    router.use(paymentSandboxRoutes({ checkout: deps.paymentSandbox, clock: deps.clock, session, csrf, applyLanguage }))
  }
  return router
}
