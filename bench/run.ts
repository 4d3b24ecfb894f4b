/*
 * `npm run bench`: starts the app on a fresh seeded database and drives a few pages with autocannon on
 * loopback, then a bare node:http server sending a page of the same size, and prints requests per
 * second, p50 and p99 latency, and each page's ratio to the bare server. Results go to bench/results/.
 *
 * BENCH_SECONDS (default 10) and BENCH_CONNECTIONS (default 50) set the load.
 */
import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { projectRoot } from '../config.ts'
import { buildAssets } from '../scripts/build-assets.ts'
import { startClamd } from '../scripts/clamd-daemon.ts'
import { FORWARDED_HTTPS, signInClient } from './client-sign-in.ts'
import { measureUploads, type UploadMeasurement } from './uploads.ts'

const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50)
const appPort = 3900
const barePort = 3901

const pages = [
  { name: 'Landing page (/client)', path: '/client' },
  { name: 'Landing page in Welsh (/ni?lang=cy)', path: '/ni?lang=cy' },
  { name: 'Help page (/client/help)', path: '/client/help' },
  { name: 'Staff sign-in (/receipts-tool/sign-in)', path: '/receipts-tool/sign-in' },
]

/** Pages behind the client sign-in, measured with Ewan Jones's session (a paying parent in the demo data). */
const signedInPages = [
  { name: 'Signed-in home (/client/home)', path: '/client/home' },
  { name: 'Payment plan (/client/my-payments/payment-plan)', path: '/client/my-payments/payment-plan' },
]

interface Measurement {
  name: string
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  bytes: number
}

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
          Date.now() - started > 60_000 ? reject(new Error(`${url} did not start`)) : setTimeout(poll, 200),
        )
    }
    poll()
  })
}

async function measure(name: string, url: string, headers: Record<string, string> = {}): Promise<Measurement> {
  await autocannon({ url, connections, duration: 2, headers }) // warm up
  const result = await autocannon({ url, connections, duration: seconds, headers })
  const sample = await fetch(url, { headers, redirect: 'manual' })
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
    bytes: (await sample.arrayBuffer()).byteLength,
  }
}

buildAssets()
// The app runs as in production, which scans every upload: give it the same throwaway clamd the tests use.
const clamd = await startClamd()
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cmss-bench-'))
const app = fork(path.join(projectRoot, 'server.ts'), [], {
  execArgv: ['--import', 'tsx'],
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(appPort),
    SQLITE_FILE: path.join(directory, 'bench.sqlite3'),
    SESSION_SECRET: 'bench-only-session-secret-0123456789abcdef',
    PIN_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
    BANK_DETAILS_ENCRYPTION_KEY: Buffer.alloc(32, 4).toString('base64'),
    SEED_DEMO_DATA: 'true',
    PAYMENT_SANDBOX_IN_PRODUCTION: 'true',
    // As behind the load balancer: signed-in pages need the Secure session cookie, set over HTTPS only.
    TRUST_PROXY: 'true',
    ...clamd.environment,
    LOG_LEVEL: 'error',
  },
  stdio: 'inherit',
})

const results: Measurement[] = []
let uploads: UploadMeasurement | undefined
let bare: ChildProcess | undefined
try {
  await waitForReady(app, `http://127.0.0.1:${appPort}/health`)
  for (const page of pages) results.push(await measure(page.name, `http://127.0.0.1:${appPort}${page.path}`))
  const cookie = await signInClient(`http://127.0.0.1:${appPort}`, '206121450971', 'Demo1234', '9753108')
  for (const page of signedInPages) {
    results.push(await measure(page.name, `http://127.0.0.1:${appPort}${page.path}`, { ...FORWARDED_HTTPS, cookie }))
  }
  uploads = await measureUploads(`http://127.0.0.1:${appPort}`, path.join(directory, 'bench.sqlite3'), app.pid)
  const pageSize = results[0]!.bytes
  bare = fork(path.join(projectRoot, 'bench', 'bare-server.ts'), [String(barePort), String(pageSize)], {
    execArgv: ['--import', 'tsx'],
  })
  await waitForReady(bare)
  const baseline = await measure(`Bare node:http, ${pageSize} bytes`, `http://127.0.0.1:${barePort}/`)

  console.log(`\n${connections} connections, ${seconds}s per page, ${os.cpus().length} CPUs, Node ${process.version}\n`)
  console.log(
    'Page'.padEnd(50),
    'req/s'.padStart(8),
    'p50 ms'.padStart(8),
    'p99 ms'.padStart(8),
    'ratio'.padStart(7),
    'errors'.padStart(7),
  )
  for (const row of [...results, baseline]) {
    const ratio = (row.requestsPerSecond / baseline.requestsPerSecond).toFixed(3)
    console.log(
      row.name.padEnd(50),
      String(row.requestsPerSecond).padStart(8),
      String(row.p50).padStart(8),
      String(row.p99).padStart(8),
      ratio.padStart(7),
      String(row.errors + row.non2xx).padStart(7),
    )
  }
  console.log(
    `\nUploads of a ${uploads.fileBytes}-byte PNG, 5 at a time: ${uploads.uploadsPerSecond} uploads/s ` +
      `(${uploads.accepted} of ${uploads.uploads} accepted in ${uploads.seconds}s); ` +
      `app peak memory ${uploads.peakMemoryMb ?? '?'} MB (${uploads.memoryBeforeMb ?? '?'} MB before the uploads)`,
  )
  const output = path.join(projectRoot, 'bench', 'results')
  fs.mkdirSync(output, { recursive: true })
  const file = path.join(output, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  fs.writeFileSync(
    file,
    JSON.stringify(
      { connections, seconds, node: process.version, cpus: os.cpus().length, baseline, pages: results, uploads },
      null,
      2,
    ),
  )
  console.log(`\nWritten to ${path.relative(projectRoot, file)}`)
} finally {
  bare?.kill()
  app.kill('SIGTERM')
  await clamd.stop()
  fs.rmSync(directory, { recursive: true, force: true })
}
