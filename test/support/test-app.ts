import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Express } from 'express'
import { createApp } from '../../app.ts'
import {
  DEFAULT_BANK_DETAILS_ENCRYPTION_KEY,
  DEFAULT_CASEWORKER_EMAIL_SENDER,
  DEFAULT_PIN_ENCRYPTION_KEY,
  DEFAULT_SESSION_SECRET,
  readClamdAddress,
  type Config,
  type UploadsConfig,
} from '../../config.ts'
import { buildDependencies, type AppDependencies, type DependencyOverrides } from '../../dependencies.ts'
import { seedDemoData } from '../../seeds/demo-data.ts'
import { FixedClock } from '../../services/clock.ts'
import { createTestDatabase, type TestDatabase } from './test-database.ts'

export const TEST_START_TIME = '2026-11-23T10:00:00.000Z'

export interface TestApp {
  app: Express
  deps: AppDependencies
  clock: FixedClock
  database: TestDatabase
  close(): Promise<void>
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    env: 'test',
    port: 0,
    databaseUrl: undefined,
    sqliteFile: '',
    sessionSecret: DEFAULT_SESSION_SECRET,
    sessionIdleMinutes: 15,
    sessionAbsoluteHours: 8,
    scheduledJobsIntervalMinutes: 60,
    pinEncryptionKey: Buffer.from(DEFAULT_PIN_ENCRYPTION_KEY, 'base64'),
    bankDetailsEncryptionKey: Buffer.from(DEFAULT_BANK_DETAILS_ENCRYPTION_KEY, 'base64'),
    trustProxy: false,
    seedDemoData: false,
    notify: undefined,
    rateLimits: { signIn: 30, pin: 30, enrolment: 30, signInCodes: 10, staffSignIn: 30 },
    paymentSandboxInProduction: false,
    logLevel: 'silent',
    uploads: testUploadsConfig(),
    caseworkerEmailSender: DEFAULT_CASEWORKER_EMAIL_SENDER,
    ...overrides,
  }
}

/** clamd when the test run started one (CLAMD_HOST and CLAMD_PORT), otherwise the EICAR-only stand-in. */
export function testUploadsConfig(overrides: Partial<UploadsConfig> = {}): UploadsConfig {
  return {
    clamd: readClamdAddress(),
    clamdTimeoutMs: 10_000,
    storageDirectory: path.join(os.tmpdir(), 'cmss-test-documents'),
    temporaryDirectory: path.join(os.tmpdir(), 'cmss-test-uploads'),
    ...overrides,
  }
}

export interface TestAppOptions {
  config?: Partial<Config>
  overrides?: DependencyOverrides
  /** Load the demo data (the stable records in the README). */
  demoData?: boolean
  /** Upload settings; by default each app keeps documents in a fresh folder of its own. */
  uploads?: Partial<UploadsConfig>
}

/** The app in-process on a fresh database, with a clock the test controls. CSRF protection stays on. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase()
  const clock = new FixedClock(TEST_START_TIME)
  // Each app keeps its documents in a folder of its own, removed with it.
  const storageDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'cmss-test-documents-'))
  const uploads = testUploadsConfig({ storageDirectory, ...options.uploads })
  const config = testConfig({ ...database.settings, ...options.config, uploads })
  const deps = buildDependencies(config, database.db, { clock, ...options.overrides })
  if (options.demoData) await seedDemoData(database.db, deps)
  const close = async () => {
    await database.destroy()
    fs.rmSync(storageDirectory, { recursive: true, force: true })
  }
  return { app: createApp(deps), deps, clock, database, close }
}
