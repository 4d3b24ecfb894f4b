import type { Database } from './db.ts'

/**
 * The one place the site reads the other parents' names for a client's pages. A client sees only
 * the other parent's first name, and nothing at all of a special client record: for them the name
 * is null and the pages say "the other parent".
 */
export async function otherParentFirstNames(db: Database, clientIds: number[]): Promise<Map<number, string | null>> {
  if (clientIds.length === 0) return new Map()
  const rows: Array<{ id: number; first_name: string; special: number | null }> = await db('clients')
    .leftJoin('special_client_records', 'special_client_records.client_id', 'clients.id')
    .whereIn('clients.id', clientIds)
    .select('clients.id', 'clients.first_name', 'special_client_records.client_id as special')
  return new Map(rows.map(row => [row.id, row.special === null ? row.first_name : null]))
}
