import type { i18n } from 'i18next'
import type { Config } from './config.ts'
import { AuditLog } from './models/audit.model.ts'
import type { Database } from './models/db.ts'
import { PaymentLedger } from './models/payment-ledger.model.ts'
import { loadAssetPaths, type AssetPath } from './services/assets.ts'
import { CardPayments } from './services/payments/card-payments.ts'
import { choosePaymentProvider } from './services/payments/index.ts'
import type { PaymentProvider } from './services/payments/payment-provider.ts'
import type { SandboxCheckout } from './services/payments/sandbox/sandbox-checkout.ts'
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
  /** GOV.UK Pay, or the built-in sandbox. */
  paymentProvider: PaymentProvider
  /** The sandbox's card pages; null when payments go to GOV.UK Pay. */
  paymentSandbox: SandboxCheckout | null
  /** One-off card payments: create, then look up and record in the ledger once. */
  cardPayments: CardPayments
}

export type DependencyOverrides = Partial<Omit<AppDependencies, 'config' | 'db'>>

/** The real parts for a configuration and an open database; any part can be replaced. */
export function buildDependencies(config: Config, db: Database, overrides: DependencyOverrides = {}): AppDependencies {
  const clock = overrides.clock ?? systemClock
  const auditLog = overrides.auditLog ?? new AuditLog(db, clock)
  const payments = choosePaymentProvider(config, db, clock)
  const paymentProvider = overrides.paymentProvider ?? payments.provider
  return {
    config,
    db,
    clock,
    logger: overrides.logger ?? createLogger(config),
    i18n: overrides.i18n ?? createI18n(),
    assetPath: overrides.assetPath ?? loadAssetPaths(),
    auditLog,
    pinSecret: overrides.pinSecret ?? new PinSecret(config.pinEncryptionKey),
    paymentProvider,
    paymentSandbox: overrides.paymentSandbox === undefined ? payments.sandbox : overrides.paymentSandbox,
    cardPayments:
      overrides.cardPayments ?? new CardPayments(paymentProvider, new PaymentLedger(db, auditLog, clock), clock),
  }
}
