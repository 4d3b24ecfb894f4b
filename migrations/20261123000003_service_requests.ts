import type { Knex } from 'knex'

/*
 * Service requests: changes a client (or a caseworker) asks for that a caseworker must act on, such
 * as a change of name or a new method of payment. The requested change and the client's values at
 * the time are kept as JSON, so completing the request can apply exactly what was asked.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('service_requests', table => {
    table.increments('id')
    table.string('reference', 12).notNullable().unique()
    table.integer('client_id').notNullable().references('id').inTable('clients').index()
    table.integer('case_id').references('id').inTable('cases')
    table.string('source', 20).notNullable()
    table.string('request_type', 40).notNullable()
    table.string('status', 20).notNullable().defaultTo('open').index()
    table.text('requested_change').notNullable()
    table.text('current_values')
    table.text('client_note')
    table.string('created_at', 30).notNullable().index()
    table.string('created_by', 40)
    table.string('closed_at', 30)
    table.string('closed_by', 9)
    table.text('rejection_reason')
  })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('service_requests')
}
