import { isPostgres, openDatabase, type Database } from '../../../models/db.ts'
import type { TestDatabase } from '../../support/test-database.ts'

/**
 * Another connection holding the write lock, as a long migration, a backup or a stuck job would:
 * on SQLite an open write transaction (which locks the whole file for writers), on PostgreSQL an
 * EXCLUSIVE lock on the table (readers carry on, writers wait). `release` rolls it back.
 */
export async function holdWriteLock(database: TestDatabase, table: string, rowId: number) {
  const connection: Database = openDatabase(database.settings)
  const transaction = await connection.transaction()
  if (isPostgres(connection)) await transaction.raw(`lock table ?? in exclusive mode`, [table])
  else await transaction(table).where({ id: rowId }).update({ id: rowId })
  return {
    async release() {
      await transaction.rollback()
      await connection.destroy()
    },
  }
}
