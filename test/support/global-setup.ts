import fs from 'node:fs'
import path from 'node:path'
import { builtAssetsDirectory } from '../../services/assets.ts'
import { buildAssets } from '../../scripts/build-assets.ts'

/** Pages link to the built, fingerprinted assets: build them once if a test run starts without them. */
export function mochaGlobalSetup(): void {
  process.env.NODE_ENV ??= 'test'
  if (!fs.existsSync(path.join(builtAssetsDirectory, 'manifest.json'))) buildAssets()
}
