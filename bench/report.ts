/*
 * The benchmark's output: a table on the console, and the same figures in bench/results/ as JSON and
 * as a short Markdown table, each page's throughput given as a ratio to the bare node:http baseline.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Measurement } from './measure.ts'

export interface Budget {
  /** Lowest ratio to the baseline the page may have. */
  minimumRatio: number
}

export interface PageResult extends Measurement {
  ratio: number
  /** A reference point measured beside the pages (the stack floor), with no budget of its own. */
  reference: boolean
  /** The baseline's CPU time per request over the page's: the same ratio, measured in CPU time. */
  cpuRatio: number | undefined
  minimumRatio: number
  withinBudget: boolean
}

export const P99_BUDGET_MS = 100
export const SERVER_TIME_BUDGET_MS = 50

/** A page's figures against the baseline and its budget; without a budget, a reference row. */
export function judge(measurement: Measurement, baseline: Measurement, budget?: Budget): PageResult {
  const exactRatio = measurement.requestsPerSecond / baseline.requestsPerSecond
  const ratio = Number(exactRatio.toFixed(3))
  const withinBudget =
    budget === undefined ||
    (exactRatio >= budget.minimumRatio &&
      measurement.p99 < P99_BUDGET_MS &&
      measurement.serverMs < SERVER_TIME_BUDGET_MS &&
      measurement.errors + measurement.non2xx === 0)
  const cpuRatio =
    measurement.cpuMsPerRequest && baseline.cpuMsPerRequest
      ? Number((baseline.cpuMsPerRequest / measurement.cpuMsPerRequest).toFixed(3))
      : undefined
  return {
    ...measurement,
    ratio,
    reference: budget === undefined,
    cpuRatio,
    minimumRatio: budget?.minimumRatio ?? 0,
    withinBudget,
  }
}

const columns = [
  'Page',
  'req/s',
  'p50 ms',
  'p99 ms',
  'ms at c=1',
  'CPU ms',
  'ratio',
  'CPU ratio',
  'target',
  'gzip kB',
  'errors',
  'ok',
]

function cells(row: PageResult): string[] {
  return [
    row.name,
    String(row.requestsPerSecond),
    String(row.p50),
    String(row.p99),
    String(row.serverMs),
    row.cpuMsPerRequest === undefined ? '?' : row.cpuMsPerRequest.toFixed(2),
    row.ratio.toFixed(3),
    row.cpuRatio === undefined ? '?' : row.cpuRatio.toFixed(3),
    row.reference ? 'floor' : row.minimumRatio ? `≥ ${row.minimumRatio}` : '',
    (row.compressedBytes / 1024).toFixed(1),
    String(row.errors + row.non2xx),
    row.reference ? '' : row.withinBudget ? 'yes' : 'NO',
  ]
}

export function printTable(rows: PageResult[]): void {
  const widths = [40, 7, 7, 7, 9, 7, 6, 9, 7, 7, 6, 3]
  const line = (values: string[]) =>
    values.map((value, index) => (index === 0 ? value.padEnd(widths[0]!) : value.padStart(widths[index]!))).join(' ')
  console.log(line(columns))
  for (const row of rows) console.log(line(cells(row)))
}

export function markdownTable(heading: string, rows: PageResult[]): string {
  const header = `| ${columns.join(' | ')} |\n|${columns.map((_, index) => (index === 0 ? ' --- ' : ' ---: ')).join('|')}|`
  return `${heading}\n\n${header}\n${rows.map(row => `| ${cells(row).join(' | ')} |`).join('\n')}\n`
}

/** Writes bench-<time>.json and bench-<time>.md; returns the JSON file's path. */
export function writeResults(directory: string, heading: string, rows: PageResult[], details: object): string {
  fs.mkdirSync(directory, { recursive: true })
  const stem = path.join(directory, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}`)
  fs.writeFileSync(`${stem}.json`, `${JSON.stringify({ ...details, pages: rows }, null, 2)}\n`)
  fs.writeFileSync(`${stem}.md`, markdownTable(heading, rows))
  return `${stem}.json`
}
