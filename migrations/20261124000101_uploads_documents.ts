import type { Knex } from 'knex'

/*
 * Documents that clients upload, the daily count that limits them, and the upload errors that
 * caseworkers follow up. Messages and service requests arrive with their own issues, so the links
 * to them are plain nullable ids here.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('documents', table => {
    table.increments('id')
    table.integer('owner_client_id').notNullable().references('id').inTable('clients')
    // Generated when stored; the client's own file name is kept only as text to show.
    table.string('stored_name', 80).notNullable().unique()
    table.string('original_file_name', 255).notNullable()
    table.string('content_type', 40).notNullable()
    table.integer('size_bytes').notNullable()
    table.integer('page_count')
    table.string('sha256', 64).notNullable()
    table.string('uploaded_at', 30).notNullable()
    // The calendar day in the UK when it was uploaded.
    table.string('uploaded_on', 10).notNullable()
    table.integer('message_id').index()
    table.integer('service_request_id').index()
    table.string('source', 30).notNullable()
    table.index(['owner_client_id', 'uploaded_on'])
  })

  // One row per client per UK day: its row is the lock that keeps the daily limit under concurrent uploads.
  await knex.schema.createTable('document_daily_counts', table => {
    table.integer('client_id').notNullable().references('id').inTable('clients')
    table.string('upload_date', 10).notNullable()
    table.integer('documents_accepted').notNullable().defaultTo(0)
    table.primary(['client_id', 'upload_date'])
  })

  await knex.schema.createTable('upload_errors', table => {
    table.increments('id')
    table.integer('client_id').notNullable().references('id').inTable('clients')
    table.string('occurred_at', 30).notNullable()
    table.string('original_file_name', 255).notNullable()
    table.integer('size_bytes')
    table.string('cause', 30).notNullable()
    table.string('description', 200).notNullable()
    table.string('activity_status', 20).notNullable().defaultTo('In Progress')
    table.string('error_status', 20).notNullable().defaultTo('In Error')
    table.integer('message_id')
    table.integer('service_request_id')
    table.index(['client_id', 'occurred_at'])
    table.index(['error_status', 'occurred_at'])
  })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('upload_errors')
  await knex.schema.dropTableIfExists('document_daily_counts')
  await knex.schema.dropTableIfExists('documents')
}
