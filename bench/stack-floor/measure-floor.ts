/*
 * Measures the stack floor (server.ts beside this file) at each level, one process at a time, under the
 * same load as the pages, for the benchmark's reference rows.
 */
import { fork } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { freePort } from '../../scripts/free-port.ts'
import { measure, type Load, type Measurement } from '../measure.ts'
import type { FloorLevel } from './server.ts'

const LEVELS: Array<{ level: FloorLevel; name: string }> = [
  { level: 'express', name: 'Floor: Express alone' },
  { level: 'session', name: 'Floor: + session read from the database' },
  { level: 'govuk-page', name: 'Floor: + a query, a GOV.UK Nunjucks page' },
]

export async function measureStackFloor(load: Load, pageBytes: number, directory: string): Promise<Measurement[]> {
  const measurements: Measurement[] = []
  for (const { level, name } of LEVELS) {
    const port = await freePort()
    const server = fork(
      path.join(import.meta.dirname, 'server.ts'),
      [level, String(port), String(pageBytes), path.join(directory, `floor-${level}.sqlite3`)],
      { execArgv: ['--import', 'tsx'] },
    )
    try {
      await once(server, 'message')
      const url = `http://127.0.0.1:${port}`
      const cookie = level === 'express' ? undefined : (await fetch(`${url}/sign-in`)).headers.get('set-cookie')
      const headers: Record<string, string> = cookie ? { cookie: cookie.split(';')[0]! } : {}
      measurements.push(await measure(name, `${url}/`, load, headers, server.pid))
    } finally {
      server.kill()
    }
  }
  return measurements
}
