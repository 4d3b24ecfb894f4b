import { expect } from 'chai'
import type { Measurement } from '../../../bench/measure.ts'
import { judge, markdownTable } from '../../../bench/report.ts'

function measured(overrides: Partial<Measurement>): Measurement {
  return {
    name: 'A page',
    requestsPerSecond: 1000,
    p50: 10,
    p99: 40,
    serverMs: 2,
    errors: 0,
    non2xx: 0,
    bytes: 16_000,
    compressedBytes: 5_000,
    cpuMsPerRequest: 1,
    ...overrides,
  }
}

const baseline = measured({ name: 'Bare node:http', requestsPerSecond: 20_000, cpuMsPerRequest: 0.05 })
const signedInBudget = { minimumRatio: 0.05 }

describe('the benchmark judging a page against its budget', () => {
  it('passes a page at its ratio with p99 and server time inside the budget', () => {
    const row = judge(measured({}), baseline, signedInBudget)
    expect(row).to.include({ ratio: 0.05, cpuRatio: 0.05, withinBudget: true, reference: false })
  })

  it('fails a page below its ratio, at a p99 of 100 ms or more, over 50 ms at concurrency 1, or with errors', () => {
    for (const failing of [{ requestsPerSecond: 999 }, { p99: 100 }, { serverMs: 50 }, { errors: 1 }, { non2xx: 1 }]) {
      expect(judge(measured(failing), baseline, signedInBudget).withinBudget, JSON.stringify(failing)).to.equal(false)
    }
  })

  it('gives a reference row (the stack floor) its ratio but no budget to fail', () => {
    const floor = judge(measured({ name: 'Floor', requestsPerSecond: 500, p99: 150 }), baseline)
    expect(floor).to.include({ ratio: 0.025, reference: true, withinBudget: true, minimumRatio: 0 })
    const table = markdownTable('Run', [judge(measured({}), baseline, signedInBudget), floor])
    expect(table).to.contain('| Floor | 500 | 10 | 150 | 2 | 1.00 | 0.025 | 0.050 | floor | 4.9 | 0 |  |')
    expect(table).to.contain('| A page | 1000 | 10 | 40 | 2 | 1.00 | 0.050 | 0.050 | ≥ 0.05 | 4.9 | 0 | yes |')
  })
})
