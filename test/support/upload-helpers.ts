import fs from 'node:fs'
import type { AppDependencies } from '../../dependencies.ts'

/** The documents kept in the app's storage folder (part-files aside). */
export function storedFileNames(deps: AppDependencies): string[] {
  return fs.readdirSync(deps.config.uploads.storageDirectory).filter(name => !name.startsWith('.'))
}

export function reasonsOf(outcome: { results: Array<{ status: string; reason?: string }> }): string[] {
  return outcome.results.map(result => (result.status === 'accepted' ? 'accepted' : result.reason!))
}
