import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const projectRoot = path.dirname(fileURLToPath(import.meta.url))

export const DEFAULT_SESSION_SECRET = 'development-only-session-secret-change-me'
/** 32 bytes, base64. Only for development and tests: production refuses to start with it. */
export const DEFAULT_PIN_ENCRYPTION_KEY = 'ZGV2ZWxvcG1lbnQtb25seS1waW4ta2V5LWNoYW5nZSE='
/** 32 bytes, base64, for bank account numbers. Only for development and tests, like the PIN key. */
export const DEFAULT_BANK_DETAILS_ENCRYPTION_KEY = 'ZGV2LW9ubHktYmFuay1kZXRhaWxzLWtleS1jaGFuZ2U='

export interface Config {
  env: 'development' | 'production' | 'test'
  port: number
  databaseUrl: string | undefined
  sqliteFile: string
  sessionSecret: string
  sessionIdleMinutes: number
  sessionAbsoluteHours: number
  /** How often the scheduled jobs (payment due texts) run. */
  scheduledJobsIntervalMinutes: number
  pinEncryptionKey: Buffer
  /** AES-256-GCM key for the bank account numbers kept for the payment run. */
  bankDetailsEncryptionKey: Buffer
  trustProxy: boolean
  seedDemoData: boolean
  notify: { apiKey: string; emailTemplateId: string; smsTemplateId: string; baseUrl?: string } | undefined
  /** Requests allowed per client IP address in each 15-minute window, per kind of sign-in step (staff: per tool). */
  rateLimits: { signIn: number; pin: number; enrolment: number; signInCodes: number; staffSignIn: number }
  logLevel: 'silent' | 'error' | 'info'
  /** GOV.UK Pay API key: card payments go to GOV.UK Pay when set, to the built-in sandbox when not. */
  govukPayApiKey?: string
  /** GOV.UK Pay's API origin (a stub's, in tests). */
  govukPayApiUrl?: string
  /** Whether production may take card payments through the sandbox (which takes no money): for staging only. */
  paymentSandboxInProduction: boolean
  uploads: UploadsConfig
  /** The OS Places API for the address lookup; unset, the lookup searches its embedded data set. */
  osPlaces?: { apiKey: string; baseUrl: string }
  /** The address caseworkers' approved email responses are sent from. */
  caseworkerEmailSender: string
}

export const DEFAULT_CASEWORKER_EMAIL_SENDER = 'internal.cmg@dwp.gsi.gov.uk'

/** Where clamd listens: a TCP address or a local (Unix) socket. */
export type ClamdAddress = { host: string; port: number } | { socket: string }

export interface UploadsConfig {
  /** The ClamAV daemon; when unset outside production, a built-in EICAR-only test scanner stands in. */
  clamd: ClamdAddress | undefined
  clamdTimeoutMs: number
  /** Where accepted documents are kept: outside the web root, never served directly. */
  storageDirectory: string
  /** Where uploads are streamed while they are checked; every file is removed when its request ends. */
  temporaryDirectory: string
}

function readEnv(name: string): string | undefined {
  const value = process.env[name]
  return value === undefined || value.trim() === '' ? undefined : value.trim()
}

function readInteger(name: string, fallback: number): number {
  const raw = readEnv(name)
  if (raw === undefined) return fallback
  const parsed = Number.parseInt(raw, 10)
  if (!Number.isSafeInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got "${raw}"`)
  return parsed
}

function readKey(name: string, fallback: string): Buffer {
  const key = Buffer.from(readEnv(name) ?? fallback, 'base64')
  if (key.length !== 32) throw new Error(`${name} must be 32 bytes, base64 encoded`)
  return key
}

function readNotifySettings(): Config['notify'] {
  const apiKey = readEnv('NOTIFY_API_KEY')
  if (!apiKey) return undefined
  const emailTemplateId = readEnv('NOTIFY_EMAIL_TEMPLATE_ID')
  const smsTemplateId = readEnv('NOTIFY_SMS_TEMPLATE_ID')
  if (!emailTemplateId || !smsTemplateId)
    throw new Error('NOTIFY_API_KEY needs NOTIFY_EMAIL_TEMPLATE_ID and NOTIFY_SMS_TEMPLATE_ID')
  return { apiKey, emailTemplateId, smsTemplateId, baseUrl: readEnv('NOTIFY_BASE_URL') }
}

/** CLAMD_SOCKET, or CLAMD_HOST with CLAMD_PORT (3310 when only the host is given). */
export function readClamdAddress(): ClamdAddress | undefined {
  const socket = readEnv('CLAMD_SOCKET')
  if (socket) return { socket }
  const host = readEnv('CLAMD_HOST')
  const port = readEnv('CLAMD_PORT')
  if (!host && !port) return undefined
  return { host: host ?? '127.0.0.1', port: readInteger('CLAMD_PORT', 3310) }
}

function readUploadsConfig(): UploadsConfig {
  return {
    clamd: readClamdAddress(),
    clamdTimeoutMs: readInteger('CLAMD_TIMEOUT_MS', 30_000),
    storageDirectory: path.resolve(projectRoot, readEnv('DOCUMENT_STORAGE_DIR') ?? 'data/documents'),
    temporaryDirectory: path.resolve(readEnv('UPLOAD_TEMP_DIR') ?? path.join(os.tmpdir(), 'cmss-uploads')),
  }
}

function readOsPlacesSettings(): Config['osPlaces'] {
  const apiKey = readEnv('OS_PLACES_API_KEY')
  return apiKey ? { apiKey, baseUrl: readEnv('OS_PLACES_API_URL') ?? 'https://api.os.uk' } : undefined
}

function readNodeEnv(): Config['env'] {
  const value = readEnv('NODE_ENV')
  if (value === 'production' || value === 'test') return value
  return 'development'
}

/** Reads configuration from environment variables, with safe defaults for local use. */
export function loadConfig(): Config {
  const env = readNodeEnv()
  const config: Config = {
    env,
    port: readInteger('PORT', 3000),
    databaseUrl: readEnv('DATABASE_URL'),
    sqliteFile: path.resolve(projectRoot, readEnv('SQLITE_FILE') ?? 'data/child-maintenance.sqlite3'),
    sessionSecret: readEnv('SESSION_SECRET') ?? DEFAULT_SESSION_SECRET,
    sessionIdleMinutes: readInteger('SESSION_IDLE_MINUTES', 15),
    sessionAbsoluteHours: readInteger('SESSION_ABSOLUTE_HOURS', 8),
    scheduledJobsIntervalMinutes: readInteger('SCHEDULED_JOBS_INTERVAL_MINUTES', 60),
    pinEncryptionKey: readKey('PIN_ENCRYPTION_KEY', DEFAULT_PIN_ENCRYPTION_KEY),
    bankDetailsEncryptionKey: readKey('BANK_DETAILS_ENCRYPTION_KEY', DEFAULT_BANK_DETAILS_ENCRYPTION_KEY),
    trustProxy: readEnv('TRUST_PROXY') === 'true',
    seedDemoData: (readEnv('SEED_DEMO_DATA') ?? (env === 'production' ? 'false' : 'true')) === 'true',
    notify: readNotifySettings(),
    rateLimits: {
      signIn: readInteger('RATE_LIMIT_SIGN_IN', 30),
      pin: readInteger('RATE_LIMIT_PIN', 30),
      enrolment: readInteger('RATE_LIMIT_ENROLMENT', 30),
      signInCodes: readInteger('RATE_LIMIT_SIGN_IN_CODES', 10),
      staffSignIn: readInteger('RATE_LIMIT_STAFF_SIGN_IN', 30),
    },
    logLevel: env === 'test' ? 'silent' : ((readEnv('LOG_LEVEL') as Config['logLevel'] | undefined) ?? 'info'),
    uploads: readUploadsConfig(),
    caseworkerEmailSender: readEnv('CASEWORKER_EMAIL_SENDER') ?? DEFAULT_CASEWORKER_EMAIL_SENDER,
    govukPayApiKey: readEnv('GOVUK_PAY_API_KEY'),
    govukPayApiUrl: readEnv('GOVUK_PAY_API_URL'),
    paymentSandboxInProduction: readEnv('PAYMENT_SANDBOX_IN_PRODUCTION') === 'true',
    osPlaces: readOsPlacesSettings(),
  }
  assertSafeForProduction(config)
  return config
}

export function assertSafeForProduction(config: Config): void {
  if (config.env !== 'production') return
  if (config.sessionSecret === DEFAULT_SESSION_SECRET || config.sessionSecret.length < 32) {
    throw new Error('SESSION_SECRET must be set to a random value of at least 32 characters in production')
  }
  if (config.pinEncryptionKey.equals(Buffer.from(DEFAULT_PIN_ENCRYPTION_KEY, 'base64'))) {
    throw new Error('PIN_ENCRYPTION_KEY must be set to a random 32-byte key in production')
  }
  if (!config.govukPayApiKey && !config.paymentSandboxInProduction) {
    throw new Error(
      'Card payments need GOVUK_PAY_API_KEY in production (or PAYMENT_SANDBOX_IN_PRODUCTION=true on a staging service)',
    )
  }
  if (!config.uploads.clamd) {
    throw new Error('Uploads must be virus scanned in production: set CLAMD_HOST and CLAMD_PORT, or CLAMD_SOCKET')
  }
  if (config.bankDetailsEncryptionKey.equals(Buffer.from(DEFAULT_BANK_DETAILS_ENCRYPTION_KEY, 'base64'))) {
    throw new Error('BANK_DETAILS_ENCRYPTION_KEY must be set to a random 32-byte key in production')
  }
}
