import { pino, type Logger } from 'pino'
import type { Config } from '../config.ts'

export type { Logger }

/** Fields that must never reach a log line, wherever they appear in a logged object. */
export const redactedPaths = [
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.pin',
  '*._csrf',
  '*.cardNumber',
  '*.securityCode',
  '*.accountNumber',
]

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    redact: { paths: redactedPaths, censor: '[redacted]' },
    base: undefined,
  })
}
