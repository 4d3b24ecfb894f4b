import { isPostgres, type Database } from '../../models/db.ts'

/** Row counts of every table but sessions and rate limits: a refused request must leave them all as they were. */
export async function fingerprint(db: Database): Promise<Record<string, number>> {
  const names: string[] = isPostgres(db)
    ? (await db('information_schema.tables').where({ table_schema: 'public' }).select('table_name')).map(
        (row: { table_name: string }) => row.table_name,
      )
    : (await db('sqlite_master').where({ type: 'table' }).select('name')).map((row: { name: string }) => row.name)
  const counts: Record<string, number> = {}
  for (const name of names
    .filter(table => !['sessions', 'rate_limits', 'sqlite_sequence'].includes(table) && !table.startsWith('knex_'))
    .sort()) {
    const [row] = await db(name).count({ n: '*' })
    counts[name] = Number(row!.n)
  }
  return counts
}
