import type { Knex } from 'knex'

/*
 * What caseworkers work: activities on a client's record (messages and uploads from self-service,
 * upload errors, letters and emails sent, phone calls recorded), with their notes; and the letters
 * issued to clients, which self-service users read on the site.
 *
 * An inbound message is itself an activity: documents.message_id and upload_errors.message_id hold
 * the id of the activity they came with.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('letters', table => {
    table.increments('id')
    table.string('reference', 12).notNullable().unique()
    table.integer('client_id').notNullable().references('id').inTable('clients')
    table.integer('case_id').references('id').inTable('cases')
    table.string('template_code', 30).notNullable()
    table.string('language', 2).notNullable()
    // The figures the template needs, as JSON, so the PDF can be made again exactly.
    table.text('details').notNullable()
    // 'self_service' (on the site only, an email says it is waiting) or 'post'.
    table.string('delivery', 20).notNullable()
    table.string('issued_at', 30).notNullable()
    table.string('issued_by', 40).notNullable()
    table.string('read_at', 30)
    table.index(['client_id', 'issued_at'])
  })

  await knex.schema.createTable('activities', table => {
    table.increments('id')
    table.integer('client_id').notNullable().references('id').inTable('clients')
    table.integer('case_id').references('id').inTable('cases')
    table.string('activity_type', 30).notNullable()
    table.string('direction', 10).notNullable()
    // The contact reason (a message's subject) or a short title.
    table.string('subject', 120).notNullable()
    table.text('body')
    table.string('reference', 20).unique()
    table.string('status', 20).notNullable()
    table.string('error_status', 20)
    table.string('error_description', 300)
    table.integer('letter_id').references('id').inTable('letters')
    table.integer('outbound_message_id')
    table.integer('upload_error_id')
    table.integer('service_request_id')
    // The UK calendar day by which a response is due (inbound messages only).
    table.string('due_on', 10)
    table.string('created_at', 30).notNullable()
    table.string('created_by', 40).notNullable()
    table.string('completed_at', 30)
    table.string('completed_by', 40)
    table.index(['client_id', 'created_at'])
    table.index(['status', 'created_at'])
  })

  await knex.schema.createTable('activity_notes', table => {
    table.increments('id')
    table.integer('activity_id').notNullable().references('id').inTable('activities').index()
    table.text('note').notNullable()
    table.string('created_at', 30).notNullable()
    table.string('created_by', 40).notNullable()
  })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('activity_notes')
  await knex.schema.dropTableIfExists('activities')
  await knex.schema.dropTableIfExists('letters')
}
