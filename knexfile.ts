import path from 'node:path'
import type { Knex } from 'knex'
import type { ClientConfig } from 'pg'
import { loadConfig, projectRoot, type Config } from './config.ts'
import { SqliteClient } from './models/sqlite-client.ts'

interface SqliteConnection {
  run(sql: string, callback: (error: Error | null) => void): void
}

/** How long a write waits for a lock held by another connection or process before giving up. */
export const DATABASE_LOCK_TIMEOUT_MS = 5000

/**
 * Connections per process. Two let a page's reads go on while another request's query or write
 * transaction runs; more cost more CPU a request than they saved on a 2-core machine (bench, pools of
 * 2 and 4 alternated: Maintain Users 504 and 531 against 450 and 410 requests a second).
 */
const SQLITE_CONNECTIONS = 2

const sqlitePragmas = [
  'PRAGMA journal_mode = WAL',
  'PRAGMA synchronous = NORMAL',
  'PRAGMA foreign_keys = ON',
  `PRAGMA busy_timeout = ${DATABASE_LOCK_TIMEOUT_MS}`,
]

function runPragmas(connection: SqliteConnection, done: (error: Error | null, connection: SqliteConnection) => void) {
  const [first, ...rest] = sqlitePragmas
  let chain = Promise.resolve()
  for (const pragma of [first!, ...rest]) {
    chain = chain.then(
      () =>
        new Promise<void>((resolve, reject) => connection.run(pragma, error => (error ? reject(error) : resolve()))),
    )
  }
  chain.then(
    () => done(null, connection),
    (error: Error) => done(error, connection),
  )
}

export const migrationSettings: Knex.MigratorConfig = {
  directory: path.join(projectRoot, 'migrations'),
  loadExtensions: ['.ts'],
  tableName: 'knex_migrations',
}

/** How long opening a connection may take before the request gives up (a database host that does not answer). */
export const DATABASE_CONNECT_TIMEOUT_MS = 5000

function postgresConnection(connectionString: string): Knex.PgConnectionConfig {
  const settings: ClientConfig = {
    connectionString,
    lock_timeout: DATABASE_LOCK_TIMEOUT_MS,
    connectionTimeoutMillis: DATABASE_CONNECT_TIMEOUT_MS,
    // TCP keep-alives find idle pooled connections whose server has gone without closing them, so
    // the pool drops them (as it drops any connection that reported an error or ended) instead of
    // handing them out.
    keepAlive: true,
  }
  return settings as Knex.PgConnectionConfig
}

/** Knex settings: PostgreSQL when a database URL is given, otherwise an SQLite file. */
export function knexSettings(config: Pick<Config, 'databaseUrl' | 'sqliteFile'>): Knex.Config {
  if (config.databaseUrl) {
    return {
      client: 'pg',
      // A write held up by a lock gives up after this long, as SQLite's busy_timeout does, so the
      // user gets the "problem with the service" page instead of a request that hangs.
      connection: postgresConnection(config.databaseUrl),
      pool: { min: 0, max: 10 },
      migrations: migrationSettings,
    }
  }
  return {
    client: SqliteClient,
    connection: { filename: config.sqliteFile },
    useNullAsDefault: true,
    // Several connections, so reads (WAL) run side by side; write transactions queue for the lock.
    pool: { min: 1, max: SQLITE_CONNECTIONS, afterCreate: runPragmas },
    migrations: migrationSettings,
  }
}

export default knexSettings(loadConfig())
