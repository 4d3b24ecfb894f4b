import path from 'node:path'
import express, { Router } from 'express'
import { projectRoot } from '../config.ts'
import { assetsUrlPrefix, builtAssetsDirectory } from '../services/assets.ts'

const ONE_YEAR = 365 * 24 * 60 * 60 * 1000
const ONE_DAY = 24 * 60 * 60 * 1000

const govukAssets = path.join(projectRoot, 'node_modules', 'govuk-frontend', 'dist', 'govuk', 'assets')

/**
 * Serves /assets: our built files and GOV.UK Frontend's fonts carry a content hash in their names
 * and are cached for a year; the few unhashed images and the web manifest for a day.
 */
export function setUpStaticAssets(): Router {
  const router = Router()
  const immutable = { maxAge: ONE_YEAR, immutable: true, index: false, fallthrough: true } as const
  router.use(assetsUrlPrefix, express.static(builtAssetsDirectory, immutable))
  router.use(`${assetsUrlPrefix}/fonts`, express.static(path.join(govukAssets, 'fonts'), immutable))
  router.use(assetsUrlPrefix, express.static(govukAssets, { maxAge: ONE_DAY, index: false }))
  return router
}
