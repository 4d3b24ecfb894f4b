import type { Knex } from 'knex'

/*
 * Identity accounts, enrolment, client sign-in (PIN digits, forgotten PIN, email sign-in codes),
 * rate limits shared by every app process, and the outbox of the notifications adapter.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('identity_accounts', table => {
    table.string('enrolment_locked_until', 30)
    // The optional name the user gave their enrolment, shown on their services page.
    table.string('enrolment_reference_name', 60)
  })

  await knex.schema.alterTable('clients', table => {
    // "crn:4,nino:2": the forgotten-PIN questions asked, kept until answered so they cannot be fished.
    table.string('forgotten_pin_questions', 40)
  })

  await knex.schema.createTable('enrolment_attempts', table => {
    table.increments('id')
    table.integer('identity_account_id').notNullable().references('id').inTable('identity_accounts')
    table.string('attempted_at', 30).notNullable()
    table.boolean('succeeded').notNullable()
    table.index(['identity_account_id', 'attempted_at'])
  })

  await knex.schema.createTable('sign_in_codes', table => {
    table.increments('id')
    table.integer('client_id').notNullable().references('id').inTable('clients').index()
    table.string('code_hash', 64).notNullable()
    table.string('created_at', 30).notNullable()
    table.string('expires_at', 30).notNullable()
    table.integer('failed_attempts').notNullable().defaultTo(0)
    table.string('used_at', 30)
  })

  await knex.schema.createTable('rate_limits', table => {
    table.string('key', 200).primary()
    table.integer('hits').notNullable()
    table.bigInteger('resets_at').notNullable().index()
  })

  await knex.schema.createTable('outbound_messages', table => {
    table.increments('id')
    table.string('channel', 10).notNullable()
    table.string('recipient', 254).notNullable()
    table.integer('client_id').references('id').inTable('clients').index()
    table.string('template', 60).notNullable()
    table.string('language', 2).notNullable()
    table.string('subject', 200)
    table.text('body').notNullable()
    table.string('reference', 60)
    table.string('status', 20).notNullable()
    table.string('provider_id', 100)
    table.string('created_at', 30).notNullable().index()
  })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('outbound_messages')
  await knex.schema.dropTableIfExists('rate_limits')
  await knex.schema.dropTableIfExists('sign_in_codes')
  await knex.schema.dropTableIfExists('enrolment_attempts')
  await knex.schema.alterTable('clients', table => table.dropColumn('forgotten_pin_questions'))
  await knex.schema.alterTable('identity_accounts', table => {
    table.dropColumn('enrolment_reference_name')
    table.dropColumn('enrolment_locked_until')
  })
}
