import type { i18n } from 'i18next'
import type { Config } from './config.ts'
import { AuditLog } from './models/audit.model.ts'
import type { Database } from './models/db.ts'
import { Documents } from './models/document.model.ts'
import { UploadErrors } from './models/upload-error.model.ts'
import { loadAssetPaths, type AssetPath } from './services/assets.ts'
import { systemClock, type Clock } from './services/clock.ts'
import { createDocumentStorage, type DocumentStorage } from './services/document-storage/index.ts'
import { createI18n } from './services/i18n.ts'
import { createLogger, type Logger } from './services/logger.ts'
import { PinSecret } from './services/pin-secret.ts'
import { DocumentUploads } from './services/uploads/document-uploads.ts'
import { createVirusScanner, type VirusScanner } from './services/virus-scan/index.ts'

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
  virusScanner: VirusScanner
  documentStorage: DocumentStorage
  documents: Documents
  uploadErrors: UploadErrors
  documentUploads: DocumentUploads
}

export type DependencyOverrides = Partial<Omit<AppDependencies, 'config' | 'db'>>

/** The real parts for a configuration and an open database; any part can be replaced. */
export function buildDependencies(config: Config, db: Database, overrides: DependencyOverrides = {}): AppDependencies {
  const clock = overrides.clock ?? systemClock
  const logger = overrides.logger ?? createLogger(config)
  const auditLog = overrides.auditLog ?? new AuditLog(db, clock)
  const uploads = buildUploadDependencies(config, db, clock, logger, auditLog, overrides)
  return {
    config,
    db,
    clock,
    logger,
    i18n: overrides.i18n ?? createI18n(),
    assetPath: overrides.assetPath ?? loadAssetPaths(),
    auditLog,
    pinSecret: overrides.pinSecret ?? new PinSecret(config.pinEncryptionKey),
    ...uploads,
  }
}

type UploadDependencies = Pick<
  AppDependencies,
  'virusScanner' | 'documentStorage' | 'documents' | 'uploadErrors' | 'documentUploads'
>

function buildUploadDependencies(
  config: Config,
  db: Database,
  clock: Clock,
  logger: Logger,
  auditLog: AuditLog,
  overrides: DependencyOverrides,
): UploadDependencies {
  const virusScanner = overrides.virusScanner ?? createVirusScanner(config, logger)
  const documentStorage = overrides.documentStorage ?? createDocumentStorage(config)
  const documents = overrides.documents ?? new Documents(db)
  const uploadErrors = overrides.uploadErrors ?? new UploadErrors(db)
  const documentUploads =
    overrides.documentUploads ??
    new DocumentUploads({ db, clock, logger, auditLog, documents, uploadErrors, virusScanner, documentStorage })
  return { virusScanner, documentStorage, documents, uploadErrors, documentUploads }
}
