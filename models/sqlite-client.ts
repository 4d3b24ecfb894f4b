import { createRequire } from 'node:module'
import type { Knex } from 'knex'

/*
 * Knex's SQLite client, with each transaction started by `BEGIN IMMEDIATE` instead of `BEGIN`.
 *
 * A plain `BEGIN` takes no lock until the transaction first writes. A transaction that reads and
 * then writes (most of ours: check, then record) can find that another connection wrote in between,
 * and SQLite then refuses the write at once, without waiting (SQLITE_BUSY: the snapshot it read is
 * stale). `BEGIN IMMEDIATE` takes the write lock at the start, waiting up to busy_timeout for it, so
 * write transactions from several connections or processes queue instead of failing, while reads
 * (WAL) go on beside them. That lets each process keep a few connections, so one slow query or a
 * burst of page reads does not hold up every other request.
 */

const require = createRequire(import.meta.url)

interface TransactionInternals {
  query(connection: unknown, sql: string): Promise<unknown>
}
type TransactionClass = new (...args: unknown[]) => TransactionInternals

const SqliteTransaction = require('knex/lib/dialects/sqlite3/execution/sqlite-transaction.js') as TransactionClass
const KnexSqliteClient = require('knex/lib/dialects/sqlite3/index.js') as typeof Knex.Client

class ImmediateTransaction extends SqliteTransaction {
  begin(connection: unknown): Promise<unknown> {
    return this.query(connection, 'BEGIN IMMEDIATE;')
  }
}

export class SqliteClient extends KnexSqliteClient {
  override transaction(...args: unknown[]): Knex.Transaction {
    return new ImmediateTransaction(this, ...args) as unknown as Knex.Transaction
  }
}
