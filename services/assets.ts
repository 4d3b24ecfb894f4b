import fs from 'node:fs'
import path from 'node:path'
import { projectRoot } from '../config.ts'

export const builtAssetsDirectory = path.join(projectRoot, 'public', 'dist')
export const assetsUrlPrefix = '/assets'

export type AssetPath = (name: string) => string

/** Maps a logical asset name ("application.css") to its fingerprinted URL, from the build's manifest. */
export function loadAssetPaths(directory = builtAssetsDirectory): AssetPath {
  const manifestFile = path.join(directory, 'manifest.json')
  if (!fs.existsSync(manifestFile)) {
    throw new Error(`No built assets in ${directory}: run "npm run build" first`)
  }
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Record<string, string>
  return (name: string) => {
    const file = manifest[name]
    if (!file) throw new Error(`Unknown asset "${name}"`)
    return `${assetsUrlPrefix}/${file}`
  }
}
