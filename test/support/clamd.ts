import { readClamdAddress, type ClamdAddress } from '../../config.ts'
import { startClamd } from '../../scripts/clamd-daemon.ts'

export interface TestClamd {
  address: ClamdAddress
  stop(): Promise<void>
}

/**
 * The real clamd for tests that scan files: the one the test run started (CLAMD_HOST and
 * CLAMD_PORT), or else one of our own for this file. Never skipped: without ClamAV it fails,
 * saying what to install.
 */
export async function clamdForTests(): Promise<TestClamd> {
  const address = readClamdAddress()
  if (address) return { address, stop: () => Promise.resolve() }
  const daemon = await startClamd()
  return { address: { host: daemon.host, port: daemon.port }, stop: () => daemon.stop() }
}
