import { pino, type DestinationStream, type Logger } from 'pino'
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

/** Logs JSON lines to standard output, or to the destination given (tests read what was logged). */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  const options = { level: config.logLevel, redact: { paths: redactedPaths, censor: '[redacted]' }, base: undefined }
  return destination ? pino(options, destination) : pino(options)
}
