import type { Knex } from 'knex'

/*
 * Texts the app sends on a schedule (a payment due in three days). A row is claimed before the text
 * is sent, and the unique key means a restart, or a second process running the same job, never
 * sends the same reminder twice.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('scheduled_texts', table => {
    table.increments('id')
    table.string('kind', 30).notNullable()
    // What the text is about, such as a payment schedule item's id.
    table.string('subject_key', 60).notNullable()
    table.integer('client_id').notNullable().references('id').inTable('clients')
    table.string('claimed_at', 30).notNullable()
    table.unique(['kind', 'subject_key'])
  })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('scheduled_texts')
}
