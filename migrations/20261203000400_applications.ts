import type { Knex } from 'knex'

/*
 * Applications for child maintenance still being set up, and where each stands: received,
 * information gathering (with what is still awaited, and from whom), calculation, case set up (with
 * the first payment date). Each stage keeps the day it was reached, so the client sees the history.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('applications', table => {
    table.increments('id')
    table.integer('client_id').notNullable().references('id').inTable('clients').unique()
    table.string('stage', 30).notNullable()
    table.string('received_on', 10).notNullable()
    table.string('information_gathering_on', 10)
    table.string('calculation_on', 10)
    table.string('case_set_up_on', 10)
    table.string('first_payment_on', 10)
    // JSON arrays of the codes of what is still awaited.
    table.text('awaited_from_client').notNullable().defaultTo('[]')
    table.text('awaited_from_other_parent').notNullable().defaultTo('[]')
    table.string('updated_at', 30).notNullable()
    table.string('updated_by', 40).notNullable()
  })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('applications')
}
