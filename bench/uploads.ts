/*
 * The upload part of `npm run bench`: signs in as the demo client Ewan Jones and uploads a 1 MB PNG
 * again and again through the upload documents page, a few at a time, each streamed to disk, checked,
 * scanned by clamd, stored and recorded. Reports uploads per second and the app process's peak
 * memory (VmHWM). The daily limit of 10 documents is lifted between rounds by clearing the day's
 * counts in the bench's own database, so every upload runs the whole way.
 */
import fs from 'node:fs'
import { load } from 'cheerio'
import knex from 'knex'
import { pngOfSize } from '../test/fixtures/files.ts'

const DEMO = { userId: '206121450971', password: 'Demo1234', pin: '9753108' }
const ROUNDS = Number(process.env.BENCH_UPLOAD_ROUNDS ?? 5)
const CONCURRENCY = 5
const PER_ROUND = 10

export interface UploadMeasurement {
  uploads: number
  accepted: number
  seconds: number
  uploadsPerSecond: number
  fileBytes: number
  peakMemoryMb: number | undefined
  memoryBeforeMb: number | undefined
}

class Session {
  private cookies = new Map<string, string>()
  constructor(private readonly base: string) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
    // The app runs as in production, with secure cookies: it sits behind a TLS proxy, which this plays.
    const headers = { cookie, 'x-forwarded-proto': 'https' }
    const response = await fetch(`${this.base}${path}`, { ...init, redirect: 'manual', headers })
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';')
      const [name, value] = pair!.split('=')
      this.cookies.set(name!, value ?? '')
    }
    return response
  }

  async form(path: string): Promise<{ token: string; html: string }> {
    const html = await (await this.request(path)).text()
    return { token: String(load(html)('input[name="_csrf"]').first().val()), html }
  }
}

async function signIn(session: Session): Promise<void> {
  const signInPage = await session.form('/client/sign-in')
  await session.request('/client/sign-in', {
    method: 'POST',
    body: new URLSearchParams({ _csrf: signInPage.token, userId: DEMO.userId, password: DEMO.password }),
  })
  const pinPage = await session.form('/client/sign-in/pin')
  const $ = load(pinPage.html)
  const position = (id: string) => Number.parseInt($(`label[for="${id}"]`).text().trim(), 10)
  const signedIn = await session.request('/client/sign-in/pin', {
    method: 'POST',
    body: new URLSearchParams({
      _csrf: pinPage.token,
      firstDigit: DEMO.pin.charAt(position('firstDigit') - 1),
      secondDigit: DEMO.pin.charAt(position('secondDigit') - 1),
    }),
  })
  if (signedIn.status !== 302) throw new Error(`The bench could not sign in as the demo client (${signedIn.status})`)
}

/** Peak resident memory of a process, in MB, from Linux's /proc; undefined elsewhere. */
function peakMemoryMb(pid: number | undefined): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kilobytes = /VmHWM:\s+(\d+) kB/.exec(status)?.[1]
    return kilobytes ? Math.round(Number(kilobytes) / 1024) : undefined
  } catch {
    return undefined
  }
}

export async function measureUploads(base: string, sqliteFile: string, appPid: number | undefined) {
  const session = new Session(base)
  await signIn(session)
  const db = knex({ client: 'sqlite3', connection: { filename: sqliteFile }, useNullAsDefault: true })
  const file = new Blob([new Uint8Array(pngOfSize(1024 * 1024))], { type: 'image/png' })
  const { token } = await session.form('/client/messages/upload-documents')
  const upload = async () => {
    const body = new FormData()
    body.append('_csrf', token)
    body.append('documents', file, 'payslip.png')
    const response = await session.request('/client/messages/upload-documents', { method: 'POST', body })
    return response.status === 302
  }
  const memoryBeforeMb = peakMemoryMb(appPid)
  let accepted = 0
  const started = process.hrtime.bigint()
  try {
    for (let round = 0; round < ROUNDS; round++) {
      await db('document_daily_counts').del()
      for (let batch = 0; batch < PER_ROUND / CONCURRENCY; batch++) {
        const results = await Promise.all(Array.from({ length: CONCURRENCY }, upload))
        accepted += results.filter(Boolean).length
      }
    }
  } finally {
    await db.destroy()
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const uploads = ROUNDS * PER_ROUND
  return {
    uploads,
    accepted,
    seconds: Number(seconds.toFixed(2)),
    uploadsPerSecond: Number((uploads / seconds).toFixed(1)),
    fileBytes: file.size,
    peakMemoryMb: peakMemoryMb(appPid),
    memoryBeforeMb,
  } satisfies UploadMeasurement
}
