import { Router, type RequestHandler } from 'express'
import type { AppDependencies } from '../dependencies.ts'
import * as contentPage from '../controllers/public/content-page.controller.ts'
import * as cookies from '../controllers/public/cookies.controller.ts'
import * as landing from '../controllers/public/landing.controller.ts'
import * as signedOut from '../controllers/public/signed-out.controller.ts'
import type { CsrfProtection } from '../middleware/setUpCsrf.ts'
import { anonymousClientPageKey, cacheAnonymousPage } from '../middleware/anonymous-page-cache.ts'
import { rememberLanguage, type ApplyLanguage } from '../middleware/setUpI18n.ts'
import { noStore } from '../middleware/no-store.ts'
import { exposeSignInState } from '../middleware/client-access.ts'
import { forRegion } from '../middleware/region.ts'
import { sessionCookies } from '../middleware/setUpSession.ts'
import { clientAccountRoutes } from './client-account.routes.ts'
import { clientMessageRoutes, clientMessageUploadRoutes } from './client-messages.routes.ts'
import { clientDetailsRoutes, clientDetailsUploadRoutes } from './client-details.routes.ts'
import { clientSignInRoutes } from './client-sign-in.routes.ts'
import { gatewayRoutes } from './gateway.routes.ts'
import { clientPaths, type Region } from './paths.ts'

export interface ClientRouteDependencies {
  deps: AppDependencies
  session: RequestHandler[]
  csrf: CsrfProtection
  applyLanguage: ApplyLanguage
}

/** The client self-service site, mounted once per region (/client and /ni). */
export function clientRoutes(region: Region, { deps, session, csrf, applyLanguage }: ClientRouteDependencies): Router {
  const router = Router()
  const landingPage = cacheAnonymousPage(
    anonymousClientPageKey(sessionCookies.client.name),
    deps.config.env !== 'development',
  )
  router.use(forRegion(region), noStore)
  // A first visit to the landing page needs no session: it is sent from memory before one is made.
  router.get(clientPaths.landing, landingPage)
  router.use(...session, rememberLanguage(applyLanguage), exposeSignInState(deps.config), csrf.exposeToken)
  router.use(clientMessageUploadRoutes(deps, csrf))
  // Multipart forms check the CSRF token themselves, after multer has read the body.
  router.use(clientDetailsUploadRoutes(deps, csrf))
  router.use(csrf.protectForms)

  router.get(clientPaths.landing, landingPage, landing.get())
  router.get(clientPaths.cookies, cookies.get(deps.config))
  router.get(clientPaths.accessibilityStatement, contentPage.get('accessibility'))
  router.get(clientPaths.help, contentPage.get('help'))
  router.get(clientPaths.contact, contentPage.get('contact'))
  router.get(clientPaths.termsAndConditions, contentPage.get('terms'))
  router.get(clientPaths.privacy, contentPage.get('privacy'))
  router.get(clientPaths.signedOut, signedOut.get(deps.config))
  router.use(gatewayRoutes(deps))
  router.use(clientSignInRoutes(deps))
  router.use(clientAccountRoutes(deps))
  router.use(clientMessageRoutes(deps))
  router.use(clientDetailsRoutes(deps))
  return router
}
