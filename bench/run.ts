/*
 * `npm run bench`: starts the app as in production and drives its pages with autocannon on loopback:
 * the public landing page, the signed-in client's home, payment plan and contact history, a
 * caseworker's client view and the Receipts and Payments Tool's Maintain Users list, then a bare
 * node:http server sending a page of the same size. For each page it prints requests per second, p50
 * and p99 latency at BENCH_CONNECTIONS, the mean time per request at concurrency 1, and the ratio to
 * the bare server, against the budget; results go to bench/results/ as JSON and Markdown. The machine
 * is shared, so each process's CPU time per request is read from /proc too: its ratio ("CPU ratio")
 * barely moves when other work competes for the cores, where requests per second halve.
 *
 * BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 50) set the load. BENCH_DATA=large runs
 * the same pages against the database `npm run seed:large` built (BENCH_DATABASE, by default
 * data/large.sqlite3). BENCH_UPLOADS=false skips the upload measurement. BENCH_PAGES picks pages to
 * measure, for profiling one at a time: a comma-separated list of landing, home, plan, contact, caseworker
 * and users (the landing page is always measured: the bare server sends a page of its size).
 */
import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectRoot } from '../config.ts'
import { buildAssets } from '../scripts/build-assets.ts'
import { startClamd } from '../scripts/clamd-daemon.ts'
import { freePort } from '../scripts/free-port.ts'
import { BENCH_KEYS } from './app-keys.ts'
import { FORWARDED_HTTPS, signInClient } from './client-sign-in.ts'
import { measure, type Load, type Measurement } from './measure.ts'
import { judge, printTable, writeResults, type PageResult } from './report.ts'
import { measureStackFloor } from './stack-floor/measure-floor.ts'
import { findClientId, signInAdministrator, signInCaseworker } from './staff-sign-in.ts'
import { measureUploads, type UploadMeasurement } from './uploads.ts'

const load: Load = {
  seconds: Number(process.env.BENCH_SECONDS ?? 10),
  connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
}
const largeData = process.env.BENCH_DATA === 'large'
const chosenPages = process.env.BENCH_PAGES?.split(',').map(name => name.trim())
const measured = (key: string) => chosenPages === undefined || chosenPages.includes(key)
const measureUploadsToo = process.env.BENCH_UPLOADS !== 'false' && !largeData && chosenPages === undefined
// Spare ports, not fixed ones: another bench on the same machine must not answer this one's requests.
const appPort = await freePort()
const barePort = await freePort()
const appUrl = `http://127.0.0.1:${appPort}`

/** Ratios to the bare server each kind of page must reach (issue 9, section 4). */
const PUBLIC_PAGE = { minimumRatio: 0.1 }
const SIGNED_IN_PAGE = { minimumRatio: 0.05 }

/** Ewan Jones, a paying parent in the demo data. */
const EWAN = { userId: '206121450971', password: 'Demo1234', pin: '9753108', crn: '121004000034' }

function waitForReady(child: ChildProcess, url?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!url) {
      child.once('message', () => resolve())
      child.once('exit', code => reject(new Error(`exited with ${code}`)))
      return
    }
    const started = Date.now()
    child.once('exit', code => reject(new Error(`the app stopped before it was ready (exit code ${code})`)))
    const poll = () => {
      fetch(url)
        .then(response => (response.ok ? resolve() : setTimeout(poll, 200)))
        .catch(() =>
          Date.now() - started > 120_000 ? reject(new Error(`${url} did not start`)) : setTimeout(poll, 200),
        )
    }
    poll()
  })
}

function databaseFile(directory: string): string {
  if (!largeData) return path.join(directory, 'bench.sqlite3')
  const file = path.resolve(projectRoot, process.env.BENCH_DATABASE ?? 'data/large.sqlite3')
  if (!fs.existsSync(file)) throw new Error(`${file} does not exist: run \`npm run seed:large\` first`)
  return file
}

/** Every page measured, with the cookie it needs and its budget. */
async function measurePages(): Promise<Array<{ measurement: Measurement; budget: { minimumRatio: number } }>> {
  const pages: Array<{ measurement: Measurement; budget: { minimumRatio: number } }> = []
  const page = async (name: string, url: string, budget: { minimumRatio: number }, cookie?: string) => {
    const headers = cookie ? { ...FORWARDED_HTTPS, cookie } : {}
    pages.push({ measurement: await measure(name, `${appUrl}${url}`, load, headers, app.pid), budget })
  }
  await page('Landing page (/client)', '/client', PUBLIC_PAGE)
  if (measured('home') || measured('plan') || measured('contact')) {
    const client = await signInClient(appUrl, EWAN.userId, EWAN.password, EWAN.pin)
    if (measured('home')) await page('Signed-in home (/client/home)', '/client/home', SIGNED_IN_PAGE, client)
    if (measured('plan')) await page('Payment plan', '/client/my-payments/payment-plan', SIGNED_IN_PAGE, client)
    if (measured('contact'))
      await page('Contact history (/client/messages)', '/client/messages', SIGNED_IN_PAGE, client)
  }
  if (measured('caseworker')) {
    const caseworker = await signInCaseworker(appUrl)
    const clientId = await findClientId(appUrl, caseworker, EWAN.crn)
    await page('Caseworker client view', `/caseworker/clients/${clientId}`, SIGNED_IN_PAGE, caseworker)
  }
  if (measured('users')) {
    const administrator = await signInAdministrator(appUrl)
    await page('Maintain Users (/receipts-tool/users)', '/receipts-tool/users', SIGNED_IN_PAGE, administrator)
  }
  return pages
}

buildAssets()
// The app runs as in production, which scans every upload: give it the same throwaway clamd the tests use.
const clamd = await startClamd()
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cmss-bench-'))
const sqliteFile = databaseFile(directory)
const app = fork(path.join(projectRoot, 'server.ts'), [], {
  execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', directory] : [])],
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(appPort),
    SQLITE_FILE: sqliteFile,
    ...BENCH_KEYS,
    SEED_DEMO_DATA: 'true',
    PAYMENT_SANDBOX_IN_PRODUCTION: 'true',
    // As behind the load balancer: signed-in pages need the Secure session cookie, set over HTTPS only.
    TRUST_PROXY: 'true',
    ...clamd.environment,
    LOG_LEVEL: 'error',
  },
  stdio: 'inherit',
})

let uploads: UploadMeasurement | undefined
let bare: ChildProcess | undefined
try {
  await waitForReady(app, `${appUrl}/health`)
  const pages = await measurePages()
  if (measureUploadsToo) uploads = await measureUploads(appUrl, sqliteFile, app.pid)
  const pageSize = pages[0]!.measurement.bytes
  bare = fork(path.join(projectRoot, 'bench', 'bare-server.ts'), [String(barePort), String(pageSize)], {
    execArgv: ['--import', 'tsx'],
  })
  await waitForReady(bare)
  const baseline = await measure(
    `Bare node:http, ${pageSize} bytes`,
    `http://127.0.0.1:${barePort}/`,
    load,
    {},
    bare.pid,
  )
  const floor = await measureStackFloor(load, pageSize, directory)
  const rows: PageResult[] = [
    ...pages.map(({ measurement, budget }) => judge(measurement, baseline, budget)),
    judge(baseline, baseline, { minimumRatio: 0 }),
    ...floor.map(measurement => judge(measurement, baseline)),
  ]

  const heading =
    `${largeData ? 'Large data set' : 'Demo data'}: ${load.connections} connections, ${load.seconds}s per page, ` +
    `${os.cpus().length} CPUs, Node ${process.version}, ${new Date().toISOString()}`
  console.log(`\n${heading}\n`)
  printTable(rows)
  if (uploads) {
    console.log(
      `\nUploads of a ${uploads.fileBytes}-byte PNG, 5 at a time: ${uploads.uploadsPerSecond} uploads/s ` +
        `(${uploads.accepted} of ${uploads.uploads} accepted in ${uploads.seconds}s); ` +
        `app peak memory ${uploads.peakMemoryMb ?? '?'} MB (${uploads.memoryBeforeMb ?? '?'} MB before the uploads)`,
    )
  }
  const file = writeResults(path.join(projectRoot, 'bench', 'results'), heading, rows, {
    ...load,
    data: largeData ? 'large' : 'demo',
    node: process.version,
    cpus: os.cpus().length,
    baseline,
    uploads,
  })
  console.log(`\nWritten to ${path.relative(projectRoot, file)} (and .md)`)
  const outside = rows.filter(row => !row.withinBudget)
  if (outside.length > 0) console.log(`Outside the budget: ${outside.map(row => row.name).join('; ')}`)
} finally {
  bare?.kill()
  app.kill('SIGTERM')
  await clamd.stop()
  if (process.env.BENCH_CPU_PROFILE) {
    if (app.exitCode === null && app.signalCode === null) await new Promise(resolve => app.once('exit', resolve))
    for (const file of fs.readdirSync(directory).filter(name => name.endsWith('.cpuprofile'))) {
      fs.mkdirSync(path.join(projectRoot, 'bench', 'results'), { recursive: true })
      fs.copyFileSync(path.join(directory, file), path.join(projectRoot, 'bench', 'results', file))
      console.log(`CPU profile: bench/results/${file}`)
    }
  }
  fs.rmSync(directory, { recursive: true, force: true })
}
