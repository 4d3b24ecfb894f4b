import { fork, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { projectRoot } from '../../config.ts'
import { freePort } from '../../scripts/free-port.ts'

export interface AppProcess {
  url: string
  process: ChildProcess
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/**
 * The real server (server.ts) in a process of its own, as it runs behind a load balancer, on a
 * database the caller already prepared. Resolves once its health check answers.
 */
export async function startAppProcess(env: Record<string, string>): Promise<AppProcess> {
  const port = await freePort()
  const child = fork(path.join(projectRoot, 'server.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, NODE_ENV: 'test', PORT: String(port), SEED_DEMO_DATA: 'false', ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)))
  const url = `http://127.0.0.1:${port}`
  const started = Date.now()
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app process stopped with code ${child.exitCode}`)
    try {
      if ((await fetch(`${url}/health`)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000) throw new Error('The app process did not start within a minute')
    await new Promise(resolve => setTimeout(resolve, 100))
  }
  return {
    url,
    process: child,
    stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal)
      return exited
    },
  }
}
