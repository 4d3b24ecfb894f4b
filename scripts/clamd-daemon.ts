/*
 * A throwaway ClamAV daemon for tests: clamd on 127.0.0.1 (and a local socket) with a signature
 * database made at start-up that holds only the EICAR test signature, since no signatures can be
 * downloaded here. It listens on a spare port, runs in the foreground as our child process, and is
 * stopped and its folder removed afterwards.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort } from './free-port.ts'
import { setTimeout as sleep } from 'node:timers/promises'
import { ClamdScanner } from '../services/virus-scan/clamd-scanner.ts'
import { eicarTestBytes } from '../services/virus-scan/eicar.ts'

export const CLAMD_PATH = process.env.CLAMD_PATH ?? '/usr/sbin/clamd'
export const TEST_SIGNATURE_NAME = 'Eicar-Test-Signature'
const START_TIMEOUT_MS = 60_000

export interface ClamdDaemon {
  host: string
  port: number
  socket: string
  /** The variables that point the service (and tests) at this daemon. */
  environment: { CLAMD_HOST: string; CLAMD_PORT: string }
  stop(): Promise<void>
}

export interface ClamdOptions {
  /** clamd's MaxFileSize; above it, with AlertExceedsMax, a file is reported rather than passed unscanned. */
  maxFileSize?: string
  /** The TCP port to listen on (a spare one when not given): to start clamd again where it was. */
  port?: number
}

/** Finds clamd, installing Debian's clamav-daemon when it is missing and we are root (as in CI). */
export function ensureClamd(): string {
  if (fs.existsSync(CLAMD_PATH)) return CLAMD_PATH
  if (process.getuid?.() !== 0) {
    throw new Error(
      `The upload tests scan files with ClamAV's daemon, expected at ${CLAMD_PATH}. ` +
        'Install it with: sudo apt-get install -y --no-install-recommends clamav-daemon',
    )
  }
  console.log('Installing Debian’s clamav-daemon for the upload tests…')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const install = () =>
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'clamav-daemon'], { stdio: 'inherit', env })
  try {
    install()
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env })
    install()
  }
  if (!fs.existsSync(CLAMD_PATH)) throw new Error(`clamav-daemon was installed but clamd is not at ${CLAMD_PATH}`)
  return CLAMD_PATH
}

function configuration(directory: string, port: number, options: ClamdOptions): string {
  const maxFileSize = options.maxFileSize ?? '30M'
  return [
    'Foreground yes',
    `DatabaseDirectory ${path.join(directory, 'database')}`,
    `TemporaryDirectory ${path.join(directory, 'tmp')}`,
    `LogFile ${path.join(directory, 'clamd.log')}`,
    `PidFile ${path.join(directory, 'clamd.pid')}`,
    'TCPAddr 127.0.0.1',
    `TCPSocket ${port}`,
    `LocalSocket ${path.join(directory, 'clamd.sock')}`,
    // Above 5 MB, the largest upload; and never "stream: OK" for a file too big to scan.
    'StreamMaxLength 30M',
    `MaxFileSize ${maxFileSize}`,
    'MaxScanSize 100M',
    'AlertExceedsMax yes',
    'SelfCheck 0',
    '',
  ].join('\n')
}

async function waitForPong(scanner: ClamdScanner, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) break
    if (await scanner.ping()) return
    await sleep(100)
  }
  const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : '(no log)'
  throw new Error(`clamd did not answer PING within ${START_TIMEOUT_MS / 1000} s. Its log:\n${log}`)
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = once(child, 'exit')
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
  await exited
  clearTimeout(timer)
}

/** Starts clamd with the EICAR-only database and resolves once it answers PING. */
export async function startClamd(options: ClamdOptions = {}): Promise<ClamdDaemon> {
  const binary = ensureClamd()
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cmss-clamd-'))
  fs.mkdirSync(path.join(directory, 'database'))
  fs.mkdirSync(path.join(directory, 'tmp'))
  // An .ndb body signature: name, any file type (0), anywhere (*), the test string in hex.
  const signature = `${TEST_SIGNATURE_NAME}:0:*:${eicarTestBytes().toString('hex')}\n`
  fs.writeFileSync(path.join(directory, 'database', 'eicar-only.ndb'), signature)
  const port = options.port ?? (await freePort())
  const configFile = path.join(directory, 'clamd.conf')
  fs.writeFileSync(configFile, configuration(directory, port, options))

  const child = spawn(binary, ['--config-file', configFile], { stdio: 'ignore' })
  const stop = async () => {
    try {
      await stopProcess(child)
    } finally {
      fs.rmSync(directory, { recursive: true, force: true })
    }
  }
  try {
    await waitForPong(new ClamdScanner({ host: '127.0.0.1', port }, 2000), child, path.join(directory, 'clamd.log'))
  } catch (error) {
    await stop()
    throw error
  }
  return {
    host: '127.0.0.1',
    port,
    socket: path.join(directory, 'clamd.sock'),
    environment: { CLAMD_HOST: '127.0.0.1', CLAMD_PORT: String(port) },
    stop,
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const daemon = await startClamd()
  console.log(`clamd answering on 127.0.0.1:${daemon.port} and ${daemon.socket}; Ctrl-C stops it`)
  const shutDown = () => void daemon.stop().then(() => process.exit(0))
  process.on('SIGINT', shutDown)
  process.on('SIGTERM', shutDown)
}
