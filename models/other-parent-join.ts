import type { Knex } from 'knex'
import type { Database } from './db.ts'

/**
 * Joins, to a query on `cases` for one client's cases, the other parent on each case as
 * `other_parent`: the receiving parent where the client pays, the paying parent where they receive.
 */
export function joinOtherParent(db: Database, query: Knex.QueryBuilder, clientId: number): Knex.QueryBuilder {
  return query.leftJoin('clients as other_parent', function () {
    this.on(
      'other_parent.id',
      '=',
      db.raw(
        'case when cases.paying_parent_client_id = ? then cases.receiving_parent_client_id else cases.paying_parent_client_id end',
        [clientId],
      ),
    )
  })
}
