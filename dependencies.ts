import type { i18n } from 'i18next'
import type { Config } from './config.ts'
import { AuditLog } from './models/audit.model.ts'
import type { Database } from './models/db.ts'
import { loadAssetPaths, type AssetPath } from './services/assets.ts'
import { systemClock, type Clock } from './services/clock.ts'
import { createI18n } from './services/i18n.ts'
import { createLogger, type Logger } from './services/logger.ts'
import { PinSecret } from './services/pin-secret.ts'

/** Everything the app needs from outside itself, passed in so tests can swap any part. */
export interface AppDependencies {
  config: Config
  db: Database
  clock: Clock
  logger: Logger
  i18n: i18n
  assetPath: AssetPath
  auditLog: AuditLog
  pinSecret: PinSecret
}

export type DependencyOverrides = Partial<Omit<AppDependencies, 'config' | 'db'>>

/** The real parts for a configuration and an open database; any part can be replaced. */
export function buildDependencies(config: Config, db: Database, overrides: DependencyOverrides = {}): AppDependencies {
  const clock = overrides.clock ?? systemClock
  return {
    config,
    db,
    clock,
    logger: overrides.logger ?? createLogger(config),
    i18n: overrides.i18n ?? createI18n(),
    assetPath: overrides.assetPath ?? loadAssetPaths(),
    auditLog: overrides.auditLog ?? new AuditLog(db, clock),
    pinSecret: overrides.pinSecret ?? new PinSecret(config.pinEncryptionKey),
  }
}
