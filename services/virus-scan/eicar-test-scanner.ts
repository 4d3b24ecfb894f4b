import fs from 'node:fs'
import { eicarTestBytes } from './eicar.ts'
import type { ScanResult, VirusScanner } from './virus-scanner.ts'

export const EICAR_TEST_SIGNATURE = 'Eicar-Test-Signature'

/**
 * The development stand-in for clamd. It is NOT a virus scanner: it only recognises the EICAR test
 * file, so upload journeys (including the "contains a virus" path) can be tried without ClamAV.
 * Production configuration refuses to start with it.
 */
export class EicarOnlyTestScanner implements VirusScanner {
  readonly description = 'built-in EICAR-only test scanner (not a virus scanner)'

  async scan(filePath: string): Promise<ScanResult> {
    const needle = eicarTestBytes()
    let tail = Buffer.alloc(0)
    try {
      for await (const chunk of fs.createReadStream(filePath) as AsyncIterable<Buffer>) {
        const window = Buffer.concat([tail, chunk])
        if (window.includes(needle)) return { outcome: 'infected', signature: EICAR_TEST_SIGNATURE }
        tail = window.subarray(Math.max(0, window.length - needle.length + 1))
      }
      return { outcome: 'clean' }
    } catch (error) {
      return { outcome: 'failed', reason: error instanceof Error ? error.message : String(error) }
    }
  }
}
