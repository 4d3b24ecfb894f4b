/*
 * The dependency audit stage: `npm audit --audit-level=high` over every dependency (development
 * tools included, since they run in CI with its secrets). Fails on any high or critical advisory;
 * when the registry will not answer the audit request, warns and passes, as the check cannot be made.
 */
import { spawnSync } from 'node:child_process'
import { judgeAudit } from './dependency-audit-report.ts'

const TIMEOUT_MS = 60_000

const result = spawnSync('npm', ['audit', '--audit-level=high', '--json'], {
  encoding: 'utf8',
  timeout: TIMEOUT_MS,
  maxBuffer: 64 * 1024 * 1024,
})
if (result.error) {
  console.error(`npm audit could not be run: ${result.error.message}`)
  process.exit(1)
}
const verdict = judgeAudit(result.stdout, result.status ?? 1)
for (const line of verdict.lines) (verdict.outcome === 'fail' ? console.error : console.log)(line)
if (verdict.outcome === 'fail' && result.stderr.trim() !== '') console.error(result.stderr.trim())
process.exit(verdict.outcome === 'fail' ? 1 : 0)
