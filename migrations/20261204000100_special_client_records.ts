import type { Knex } from 'knex'

/*
 * Special client records: clients whose details are a safety risk in the other party's hands (a
 * first name included). A row is the flag, with who set it, when and why; unmarking deletes the row
 * and the audit log keeps the history. Only staff with a Special Client Records profile open the
 * record on the intranet, and the other party's pages never name the client.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('special_client_records', table => {
    table.integer('client_id').primary().references('id').inTable('clients')
    table.string('reason', 500).notNullable()
    table.string('marked_by', 9).notNullable()
    table.string('marked_at', 30).notNullable()
  })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('special_client_records')
}
