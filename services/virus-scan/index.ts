import type { Config } from '../../config.ts'
import type { Logger } from '../logger.ts'
import { ClamdScanner } from './clamd-scanner.ts'
import { EicarOnlyTestScanner } from './eicar-test-scanner.ts'
import type { VirusScanner } from './virus-scanner.ts'

export type { ScanResult, VirusScanner } from './virus-scanner.ts'

/**
 * clamd when it is configured; otherwise, outside production only, the EICAR-only stand-in, with a
 * warning in the log. Production never runs without clamd.
 */
export function createVirusScanner(config: Pick<Config, 'env' | 'uploads'>, logger: Logger): VirusScanner {
  const { clamd, clamdTimeoutMs } = config.uploads
  if (clamd) return new ClamdScanner(clamd, clamdTimeoutMs)
  if (config.env === 'production') {
    throw new Error('Uploads must be virus scanned in production: set CLAMD_HOST and CLAMD_PORT, or CLAMD_SOCKET')
  }
  logger.warn(
    'No clamd configured (CLAMD_HOST and CLAMD_PORT, or CLAMD_SOCKET): uploads are checked by a built-in test ' +
      'scanner that only recognises the EICAR test file. It is NOT a virus scanner; production requires clamd.',
  )
  return new EicarOnlyTestScanner()
}
