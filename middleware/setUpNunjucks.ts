import path from 'node:path'
import type { Express } from 'express'
import nunjucks from 'nunjucks'
import { projectRoot, type Config } from '../config.ts'
import type { AssetPath } from '../services/assets.ts'
import { viewFilters } from '../services/format/index.ts'
import { FragmentCache } from './fragment-cache.ts'

export const viewsDirectory = path.join(projectRoot, 'views')

/** Nunjucks for the app's views, with GOV.UK Frontend's templates on the search path and our filters. */
export function createViewEnvironment(config: Pick<Config, 'env'>, assetPath: AssetPath): nunjucks.Environment {
  const environment = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([viewsDirectory, path.join(projectRoot, 'node_modules', 'govuk-frontend', 'dist')], {
      noCache: config.env === 'development',
    }),
    { autoescape: true, throwOnUndefined: false },
  )
  for (const [name, filter] of Object.entries(viewFilters)) {
    environment.addFilter(name, filter as (...args: unknown[]) => unknown)
  }
  environment.addGlobal('asset', assetPath)
  environment.addExtension('FragmentCache', new FragmentCache(config.env !== 'development'))
  return environment
}

export function setUpNunjucks(app: Express, environment: nunjucks.Environment): void {
  environment.express(app)
  app.set('view engine', 'njk')
  app.set('views', viewsDirectory)
}
