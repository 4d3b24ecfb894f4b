import fs from 'node:fs'
import path from 'node:path'
import { expect } from 'chai'
import { judgeAudit } from '../../../scripts/dependency-audit-report.ts'

/** What `npm audit --json` printed in each case (the 405 and the lockfile error recorded from npm 11). */
function recorded(name: string): string {
  return fs.readFileSync(path.join(import.meta.dirname, '../../fixtures/npm-audit', `${name}.json`), 'utf8')
}

const cleanReport = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {},
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } },
})

describe('the dependency audit decision', () => {
  it('fails on high advisories, naming each package, its severity, the advisory and the fix', () => {
    const verdict = judgeAudit(recorded('high-advisory'), 1)
    expect(verdict.outcome).to.equal('fail')
    const text = verdict.lines.join('\n')
    expect(verdict.lines[0]).to.equal('2 package(s) with high or critical advisories:')
    expect(text).to.contain('- path-to-regexp (high); fix: npm audit fix')
    expect(text).to.contain(
      'path-to-regexp outputs backtracking regular expressions https://github.com/advisories/GHSA-9wv6-86v2-598j',
    )
    expect(text).to.contain('- express (high); fix: express@5.1.0 (a breaking, major version)')
    expect(text).to.contain('via path-to-regexp')
    expect(text, 'low-severity packages are not listed').not.to.contain('brace-expansion')
  })

  it('fails on a critical advisory even when npm exits 0', () => {
    const report = JSON.parse(cleanReport) as { vulnerabilities: Record<string, unknown> }
    report.vulnerabilities.minimist = {
      name: 'minimist',
      severity: 'critical',
      via: [{ title: 'Prototype Pollution in minimist', url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h' }],
      fixAvailable: false,
    }
    const verdict = judgeAudit(JSON.stringify(report), 0)
    expect(verdict.outcome).to.equal('fail')
    expect(verdict.lines).to.include('- minimist (critical); fix: none available yet')
    expect(verdict.lines).to.include(
      '    Prototype Pollution in minimist https://github.com/advisories/GHSA-xvch-5gv4-984h',
    )
  })

  it('passes when only moderate advisories are reported, saying there are some', () => {
    const verdict = judgeAudit(recorded('moderate-only'), 0)
    expect(verdict).to.deep.equal({
      outcome: 'pass',
      lines: ['No high or critical advisories (1 package(s) with lower-severity advisories: see npm audit).'],
    })
  })

  it('passes a clean report', () => {
    expect(judgeAudit(cleanReport, 0)).to.deep.equal({
      outcome: 'pass',
      lines: ['No known vulnerabilities in the dependencies.'],
    })
  })

  it('fails a report with nothing serious when npm still exits non-zero', () => {
    expect(judgeAudit(recorded('moderate-only'), 1).outcome).to.equal('fail')
  })

  it('warns and passes when the registry refuses the audit request, naming the cause', () => {
    const verdict = judgeAudit(recorded('registry-refused-405'), 1)
    expect(verdict.outcome).to.equal('warn')
    expect(verdict.lines[0]).to.equal(
      'WARNING: dependencies not audited: the registry answered the audit request with 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk.',
    )
  })

  it('warns and passes when npm reports ENOAUDIT', () => {
    const output = JSON.stringify({
      error: { code: 'ENOAUDIT', summary: 'Your configured registry does not support audit requests.' },
    })
    const verdict = judgeAudit(output, 1)
    expect(verdict.outcome).to.equal('warn')
    expect(verdict.lines[0]).to.contain('ENOAUDIT: Your configured registry does not support audit requests.')
  })

  it('warns and passes when the audit endpoint cannot be reached', () => {
    const verdict = judgeAudit(recorded('endpoint-unreachable'), 1)
    expect(verdict.outcome).to.equal('warn')
    expect(verdict.lines[0]).to.contain('could not be reached (connect ECONNREFUSED 127.0.0.1:9)')
  })

  it('fails on any other npm failure, such as a missing lockfile', () => {
    expect(judgeAudit(recorded('no-lockfile'), 1)).to.deep.equal({
      outcome: 'fail',
      lines: ['npm audit failed: ENOLOCK: This command requires an existing lockfile.'],
    })
  })

  it('fails on output that is not JSON', () => {
    const verdict = judgeAudit('npm error something went wrong', 1)
    expect(verdict.outcome).to.equal('fail')
    expect(verdict.lines[0]).to.contain('did not print JSON')
  })

  it('fails on JSON that is neither a report nor an error npm explains', () => {
    expect(judgeAudit('[]', 0).outcome).to.equal('fail')
    expect(judgeAudit('{"vulnerabilities": []}', 0).outcome).to.equal('fail')
    expect(
      judgeAudit('{"message": "request to https://example.com/other failed, reason: ECONNRESET"}', 1).outcome,
    ).to.equal('fail')
  })
})
