/*
 * `npm test`: every check, in order, on a fresh clone after `npm install`. It builds the assets,
 * installs or finds what the tests need (Debian's Chromium), and starts and stops the throwaway
 * services its tests use. It ends with one "N passed, N failed" line and a non-zero exit on any failure.
 *
 * Name stages to run only those: `npm test -- unit integration` (typecheck, lint, format, audit,
 * unit, integration, load, browser); `npm run test:unit` and the like do that for one stage.
 */
import { buildAssets } from './build-assets.ts'
import { startClamd } from './clamd-daemon.ts'
import { ensureChromium } from './ensure-chromium.ts'
import { printSummary, runStage, type StageResult } from './run-stage.ts'

const mocha = (...specs: string[]) => ['mocha', '--config', '.mocharc.json', ...specs]

const stages: Record<string, { name: string; command: string[] }> = {
  typecheck: { name: 'typecheck', command: ['tsc', '--noEmit'] },
  lint: { name: 'lint', command: ['eslint', '.'] },
  format: { name: 'format', command: ['prettier', '--check', '.'] },
  // npm audit --audit-level=high; warns and passes when the registry will not answer audit requests.
  audit: { name: 'dependency audit', command: ['tsx', 'scripts/audit-dependencies.ts'] },
  unit: { name: 'unit and view tests', command: mocha('test/unit/**/*.test.ts', 'test/views/**/*.test.ts') },
  integration: {
    name: 'integration tests',
    command: mocha('test/integration/**/*.test.ts', 'test/security/**/*.test.ts'),
  },
  // Two app processes on one SQLite file: concurrent writes, and faults (scanner, locks, SIGKILL, SIGTERM).
  load: { name: 'load and fault tests', command: mocha('test/load/**/*.test.ts') },
  browser: { name: 'browser tests', command: mocha('test/browser/**/*.test.ts') },
}

const requested = process.argv.slice(2)
const unknown = requested.filter(stage => !(stage in stages))
if (unknown.length > 0) {
  console.error(`Unknown stages: ${unknown.join(', ')}. Stages: ${Object.keys(stages).join(', ')}`)
  process.exit(2)
}
const chosen = requested.length > 0 ? requested : Object.keys(stages)

buildAssets()
if (chosen.includes('browser')) ensureChromium()
// Uploads are scanned by a real clamd (EICAR-only signatures); the test stages find it through CLAMD_HOST/CLAMD_PORT.
const clamd = await startClamd()
Object.assign(process.env, clamd.environment)

const results: StageResult[] = []
for (const stage of chosen) results.push(await runStage(stages[stage]!.name, 'npx', stages[stage]!.command))
await clamd.stop()

process.exit(printSummary(results) ? 0 : 1)
