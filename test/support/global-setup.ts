import fs from 'node:fs'
import path from 'node:path'
import { readClamdAddress } from '../../config.ts'
import { startClamd, type ClamdDaemon } from '../../scripts/clamd-daemon.ts'
import { buildAssets } from '../../scripts/build-assets.ts'
import { builtAssetsDirectory } from '../../services/assets.ts'

let ownClamd: ClamdDaemon | undefined

/**
 * Before any test: pages link to the built, fingerprinted assets, so build them if missing; and apps
 * in production mode need a virus scanner, so when the run was not given a clamd (npm test gives
 * one), start one for this mocha process.
 */
export async function mochaGlobalSetup(): Promise<void> {
  process.env.NODE_ENV ??= 'test'
  if (!fs.existsSync(path.join(builtAssetsDirectory, 'manifest.json'))) buildAssets()
  if (!readClamdAddress()) {
    ownClamd = await startClamd()
    Object.assign(process.env, ownClamd.environment)
  }
}

export async function mochaGlobalTeardown(): Promise<void> {
  await ownClamd?.stop()
}
