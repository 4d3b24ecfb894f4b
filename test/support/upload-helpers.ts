import fs from 'node:fs'
import type { AppDependencies } from '../../dependencies.ts'
import { TemporaryFiles } from './temporary-files.ts'
import { createTestApp, type TestApp } from './test-app.ts'

/** The documents kept in the app's storage folder (part-files aside). */
export function storedFileNames(deps: AppDependencies): string[] {
  return fs.readdirSync(deps.config.uploads.storageDirectory).filter(name => !name.startsWith('.'))
}

export function reasonsOf(outcome: { results: Array<{ status: string; reason?: string }> }): string[] {
  return outcome.results.map(result => (result.status === 'accepted' ? 'accepted' : result.reason!))
}

/**
 * For a describe block that uploads files through the app's own services: one app on a fresh database
 * and a folder of files to upload, both cleared away afterwards.
 */
export function useUploadTestApp(): { files: TemporaryFiles; readonly testApp: TestApp } {
  const files = new TemporaryFiles()
  let testApp: TestApp | undefined
  before(async () => {
    testApp = await createTestApp()
  })
  after(async () => {
    await testApp?.close()
    files.remove()
  })
  return {
    files,
    get testApp() {
      return testApp!
    },
  }
}
