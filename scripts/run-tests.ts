/*
 * `npm test`: every check, in order, on a fresh clone after `npm install`. It builds the assets,
 * installs or finds what the tests need (Debian's Chromium), and starts and stops the throwaway
 * services its tests use. It ends with one "N passed, N failed" line and a non-zero exit on any failure.
 */
import { buildAssets } from './build-assets.ts'
import { startClamd } from './clamd-daemon.ts'
import { ensureChromium } from './ensure-chromium.ts'
import { printSummary, runStage, type StageResult } from './run-stage.ts'

const mocha = (...specs: string[]) => ['mocha', '--config', '.mocharc.json', ...specs]

buildAssets()
ensureChromium()
// Uploads are scanned by a real clamd (EICAR-only signatures); the test stages find it through CLAMD_HOST/CLAMD_PORT.
const clamd = await startClamd()
Object.assign(process.env, clamd.environment)

const results: StageResult[] = []
results.push(await runStage('typecheck', 'npx', ['tsc', '--noEmit']))
results.push(await runStage('lint', 'npx', ['eslint', '.']))
results.push(await runStage('format', 'npx', ['prettier', '--check', '.']))
results.push(await runStage('unit and view tests', 'npx', mocha('test/unit/**/*.test.ts', 'test/views/**/*.test.ts')))
results.push(await runStage('integration tests', 'npx', mocha('test/integration/**/*.test.ts')))
results.push(await runStage('browser tests', 'npx', mocha('test/browser/**/*.test.ts')))
await clamd.stop()

process.exit(printSummary(results) ? 0 : 1)
