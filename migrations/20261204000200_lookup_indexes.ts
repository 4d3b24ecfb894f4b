import type { Knex } from 'knex'

/*
 * Indexes for the lookups the busiest pages make, found by running EXPLAIN QUERY PLAN over every
 * query of the signed-in client pages, the caseworker's client view and Maintain Users. With
 * 5 million ledger rows each of these is the difference between reading a client's own rows and
 * reading a whole table. Only indexes are added, so the migration is safe on SQLite and PostgreSQL.
 */
const indexes: Array<{ table: string; columns: string[]; name: string }> = [
  // Payments received and owed: one case's entries in one direction, newest first.
  {
    table: 'ledger_entries',
    columns: ['case_id', 'direction', 'transaction_date'],
    name: 'ledger_entries_case_direction_date_index',
  },
  // A parent's cases of one service type (home page, payment plan).
  { table: 'cases', columns: ['paying_parent_client_id', 'service_type'], name: 'cases_paying_parent_service_index' },
  {
    table: 'cases',
    columns: ['receiving_parent_client_id', 'service_type'],
    name: 'cases_receiving_parent_service_index',
  },
  // The unread letters count in every signed-in page's navigation.
  { table: 'letters', columns: ['client_id', 'read_at'], name: 'letters_client_read_index' },
  // Maintain Users lists one tool's profiles.
  { table: 'staff_profiles', columns: ['system', 'staff_id'], name: 'staff_profiles_system_staff_index' },
]

export async function up(knex: Knex): Promise<void> {
  for (const { table, columns, name } of indexes) {
    await knex.schema.alterTable(table, builder => {
      builder.index(columns, name)
    })
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const { table, columns, name } of [...indexes].reverse()) {
    await knex.schema.alterTable(table, builder => {
      builder.dropIndex(columns, name)
    })
  }
}
