import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { freePort } from './free-port.ts'

export interface PostgresCluster {
  url: string
  stop(): void
}

function findBinaries(): string {
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : []
  for (const version of versions) {
    const bin = path.join(root, version, 'bin')
    if (fs.existsSync(path.join(bin, 'initdb'))) return bin
  }
  if (process.getuid?.() === 0) {
    console.log('Installing Debian’s postgresql for the PostgreSQL run…')
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { stdio: 'inherit', env })
    return findBinaries()
  }
  throw new Error('The PostgreSQL run needs PostgreSQL: sudo apt-get install -y postgresql (or set DATABASE_URL)')
}

/**
 * A throwaway PostgreSQL cluster on 127.0.0.1 for tests: a fresh data directory, fsync off, removed
 * on stop. initdb refuses to run as root, so as root it runs as the postgres user.
 */
export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = findBinaries()
  const port = await freePort()
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cmss-postgres-'))
  const asRoot = process.getuid?.() === 0
  const run = (program: string, args: string[]) => {
    const command = path.join(bin, program)
    if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' })
    else execFileSync(command, args, { stdio: 'pipe' })
  }
  if (asRoot) execFileSync('chown', ['postgres:postgres', directory])
  const dataDirectory = path.join(directory, 'data')
  run('initdb', ['-D', dataDirectory, '-U', 'postgres', '--auth=trust', '--no-sync', '--encoding=UTF8', '--locale=C'])
  const options = `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`
  run('pg_ctl', ['-D', dataDirectory, '-l', path.join(directory, 'server.log'), '-o', options, '-w', 'start'])
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', dataDirectory, '-m', 'immediate', '-w', 'stop'])
      } finally {
        fs.rmSync(directory, { recursive: true, force: true })
      }
    },
  }
}
