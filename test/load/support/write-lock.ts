import { isPostgres, openDatabase, type Database } from '../../../models/db.ts'
import type { TestDatabase } from '../../support/test-database.ts'

/**
 * Another connection holding the write lock, as a long migration, a backup or a stuck job would:
 * on SQLite an open write transaction on `row` (which locks the whole file for writers), on
 * PostgreSQL an EXCLUSIVE lock on the row's table and on each of `alsoTables` (readers carry on,
 * writers wait). `release` rolls it back.
 */
export async function holdWriteLock(
  database: TestDatabase,
  row: { table: string; id: number },
  alsoTables: string[] = [],
) {
  const connection: Database = openDatabase(database.settings)
  const transaction = await connection.transaction()
  if (isPostgres(connection)) {
    for (const table of [row.table, ...alsoTables]) await transaction.raw(`lock table ?? in exclusive mode`, [table])
  } else await transaction(row.table).where({ id: row.id }).update({ id: row.id })
  return {
    async release() {
      await transaction.rollback()
      await connection.destroy()
    },
  }
}
