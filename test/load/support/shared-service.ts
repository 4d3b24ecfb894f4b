import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildDependencies, type AppDependencies } from '../../../dependencies.ts'
import { seedDemoData } from '../../../seeds/demo-data.ts'
import { startAppProcess, type AppProcess } from '../../support/app-process.ts'
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts'
import { testConfig, testUploadsConfig } from '../../support/test-app.ts'

export interface SharedService {
  database: TestDatabase
  /** The service's own objects on the shared database, for setting up and checking from the test. */
  deps: AppDependencies
  documentsDirectory: string
  /** What an app process needs to join: the database, the document store and high rate limits. */
  environment: Record<string, string>
  processes: AppProcess[]
  start(extra?: Record<string, string>): Promise<AppProcess>
  close(): Promise<void>
}

/**
 * The service as it runs behind a load balancer: app processes sharing one database (PostgreSQL
 * when DATABASE_URL is set, otherwise one SQLite file) and one document folder, with the demo data
 * when asked (its caseworkers sign in to the intranet).
 * Every request comes from 127.0.0.1, so the per-address sign-in limits are raised for the run.
 */
export async function startSharedService(
  processCount: number,
  { demoData = false, environment: extra = {} }: { demoData?: boolean; environment?: Record<string, string> } = {},
) {
  const database = await createTestDatabase()
  const documentsDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'cmss-load-documents-'))
  const config = testConfig({
    ...database.settings,
    uploads: testUploadsConfig({ storageDirectory: documentsDirectory }),
  })
  const deps = buildDependencies(config, database.db)
  if (demoData) await seedDemoData(database.db, deps)
  const environment: Record<string, string> = {
    ...(database.settings.databaseUrl
      ? { DATABASE_URL: database.settings.databaseUrl }
      : { SQLITE_FILE: database.settings.sqliteFile }),
    DOCUMENT_STORAGE_DIR: documentsDirectory,
    RATE_LIMIT_SIGN_IN: '10000',
    RATE_LIMIT_PIN: '10000',
    RATE_LIMIT_STAFF_SIGN_IN: '10000',
    ...extra,
  }
  const service: SharedService = {
    database,
    deps,
    documentsDirectory,
    environment,
    processes: [],
    async start(more = {}) {
      const started = await startAppProcess({ ...environment, ...more })
      service.processes.push(started)
      return started
    },
    async close() {
      await Promise.all(service.processes.map(running => running.stop('SIGKILL')))
      await database.destroy()
      fs.rmSync(documentsDirectory, { recursive: true, force: true })
    },
  }
  await Promise.all(Array.from({ length: processCount }, () => service.start()))
  return service
}

/** Stored document files, leaving out any half-written part-files. */
export function storedFiles(service: SharedService): string[] {
  return fs.readdirSync(service.documentsDirectory).filter(name => !name.startsWith('.'))
}
