/*
 * Reads what `npm audit --audit-level=high --json` printed and decides whether the dependency audit
 * passes. Pure: no I/O, so the decision is unit tested with recorded npm output.
 *
 * - any high or critical advisory fails, naming the package, severity, advisory and fix;
 * - the registry refusing the audit request (an HTTP error status, ENOAUDIT) or the audit endpoint
 *   being out of reach passes with a warning, because the check cannot be made from here;
 * - anything else (no lockfile, output that is not an audit report, an unexplained exit code) fails.
 */

export type AuditVerdict =
  { outcome: 'pass'; lines: string[] } | { outcome: 'warn'; lines: string[] } | { outcome: 'fail'; lines: string[] }

const failingSeverities = new Set(['high', 'critical'])

/** Network failures reaching the registry: the audit could not be asked, which is not a finding. */
const unreachableCodes = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENOAUDIT',
])

interface Vulnerability {
  name?: unknown
  severity?: unknown
  via?: unknown
  fixAvailable?: unknown
}

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describeFix(fixAvailable: unknown): string {
  if (fixAvailable === true) return 'fix: npm audit fix'
  if (isObject(fixAvailable) && typeof fixAvailable.name === 'string') {
    const major = fixAvailable.isSemVerMajor === true ? ' (a breaking, major version)' : ''
    return `fix: ${fixAvailable.name}@${String(fixAvailable.version)}${major}`
  }
  return 'fix: none available yet'
}

/** The advisories behind one vulnerable package: its own, or "via <package>" when it is vulnerable through another. */
function describeAdvisories(via: unknown): string[] {
  if (!Array.isArray(via)) return []
  return via.map((entry: unknown) => {
    if (typeof entry === 'string') return `via ${entry}`
    const advisory = isObject(entry) ? entry : {}
    const title = typeof advisory.title === 'string' ? advisory.title : 'advisory'
    const url = typeof advisory.url === 'string' ? advisory.url : ''
    return `${title} ${url}`.trim()
  })
}

function judgeReport(report: Json, exitCode: number): AuditVerdict {
  const vulnerabilities = Object.values(report.vulnerabilities as Json) as Vulnerability[]
  const serious = vulnerabilities.filter(item => failingSeverities.has(String(item.severity)))
  if (serious.length > 0) {
    const lines = [`${serious.length} package(s) with high or critical advisories:`]
    for (const item of serious) {
      lines.push(`- ${String(item.name)} (${String(item.severity)}); ${describeFix(item.fixAvailable)}`)
      for (const advisory of describeAdvisories(item.via)) lines.push(`    ${advisory}`)
    }
    return { outcome: 'fail', lines }
  }
  if (exitCode !== 0) {
    return { outcome: 'fail', lines: [`npm audit exited with ${exitCode} but reported no high or critical advisory`] }
  }
  const lower = vulnerabilities.length
  return {
    outcome: 'pass',
    lines: [
      lower === 0
        ? 'No known vulnerabilities in the dependencies.'
        : `No high or critical advisories (${lower} package(s) with lower-severity advisories: see npm audit).`,
    ],
  }
}

/** Why the registry could not answer, when that is the failure; undefined for any other failure. */
function registryRefusal(output: Json): string | undefined {
  const error = isObject(output.error) ? output.error : {}
  const message = typeof output.message === 'string' ? output.message : ''
  if (typeof output.statusCode === 'number' && output.statusCode >= 400) {
    return `the registry answered the audit request with ${message || `HTTP ${output.statusCode}`}`
  }
  if (typeof error.code === 'string' && unreachableCodes.has(error.code)) {
    return `the audit request failed with ${error.code}${typeof error.summary === 'string' && error.summary ? `: ${error.summary}` : ''}`
  }
  const reason = /^request to \S+\/-\/npm\/v1\/security\/\S+ failed, reason: (.*)$/.exec(message)
  if (reason && [...unreachableCodes].some(code => reason[1]!.includes(code))) {
    return `the audit endpoint could not be reached (${reason[1]})`
  }
  return undefined
}

function describeFailure(output: Json): string {
  const error = isObject(output.error) ? output.error : {}
  const parts = [error.code, error.summary, output.message].filter(part => typeof part === 'string' && part !== '')
  return parts.length > 0 ? parts.join(': ') : 'unknown error'
}

/** Decides the audit stage's outcome from npm's JSON output (stdout) and exit code. */
export function judgeAudit(stdout: string, exitCode: number): AuditVerdict {
  let output: unknown
  try {
    output = JSON.parse(stdout)
  } catch {
    return { outcome: 'fail', lines: [`npm audit did not print JSON (exit code ${exitCode}): ${stdout.slice(0, 200)}`] }
  }
  if (!isObject(output)) return { outcome: 'fail', lines: ['npm audit printed JSON that is not an audit report'] }
  if (isObject(output.vulnerabilities)) return judgeReport(output, exitCode)
  const refusal = registryRefusal(output)
  if (refusal) {
    return {
      outcome: 'warn',
      lines: [
        `WARNING: dependencies not audited: ${refusal}.`,
        'Run `npm audit --audit-level=high` where the registry allows it.',
      ],
    }
  }
  return { outcome: 'fail', lines: [`npm audit failed: ${describeFailure(output)}`] }
}
