import compression from 'compression'
import express, { type Express } from 'express'
import type { AppDependencies } from './dependencies.ts'
import { setUpBodyParsing } from './middleware/setUpBodyParsing.ts'
import { parseQueryWithoutNulCharacters } from './middleware/without-nul-characters.ts'
import { setUpErrorHandlers } from './middleware/setUpErrorHandlers.ts'
import { createLanguageApplier, setUpI18n } from './middleware/setUpI18n.ts'
import { createViewEnvironment, setUpNunjucks } from './middleware/setUpNunjucks.ts'
import { setUpRequestLogging } from './middleware/setUpRequestLogging.ts'
import { setUpStaticAssets } from './middleware/setUpStaticAssets.ts'
import { setUpWebSecurity } from './middleware/setUpWebSecurity.ts'
import { setUpRoutes } from './routes/index.ts'

export type { AppDependencies } from './dependencies.ts'

/** Assembles the app from its parts. It does not listen: server.ts does, and tests use it in-process. */
export function createApp(deps: AppDependencies): Express {
  const app = express()
  app.set('query parser', parseQueryWithoutNulCharacters)
  app.disable('x-powered-by')
  app.set('etag', false)
  app.set('trust proxy', deps.config.trustProxy ? 1 : false)
  setUpNunjucks(app, createViewEnvironment(deps.config, deps.assetPath))

  const applyLanguage = createLanguageApplier(deps.i18n)
  const { notFound, errorHandler } = setUpErrorHandlers(deps.logger, applyLanguage)

  app.use(setUpRequestLogging(deps.logger))
  app.use(setUpWebSecurity(deps.config))
  app.use(compression())
  app.use(setUpStaticAssets())
  app.use(setUpI18n(applyLanguage))
  app.use(setUpBodyParsing())
  app.use(setUpRoutes(deps, applyLanguage))
  app.use(notFound)
  app.use(errorHandler)
  return app
}
