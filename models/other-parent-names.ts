import type { Knex } from 'knex'
import type { Database } from './db.ts'
import { joinOtherParent } from './other-parent-join.ts'

/**
 * The one place the site reads the other parent's name for a client's pages. A client sees only
 * the other parent's first name, and nothing at all of a special client record: for them the name
 * is null and the pages say "the other parent".
 *
 * Inside a query on `cases` for one client's own cases: joins the other parent and selects
 * `other_parent_first_name`, null for a special client record.
 */
export function selectOtherParentFirstName(db: Database, query: Knex.QueryBuilder, clientId: number) {
  return joinOtherParent(db, query, clientId)
    .leftJoin('special_client_records as other_parent_special', 'other_parent_special.client_id', 'other_parent.id')
    .select(
      db.raw(
        'case when other_parent_special.client_id is null then other_parent.first_name end as other_parent_first_name',
      ),
    )
}
