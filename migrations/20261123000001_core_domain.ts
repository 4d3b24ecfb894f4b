import type { Knex } from 'knex'

/*
 * The core domain every later feature builds on. Conventions that hold in every table, so the same
 * migrations give the same behaviour on SQLite and PostgreSQL:
 * - calendar dates are ISO strings (YYYY-MM-DD), timestamps are ISO-8601 UTC strings;
 * - money is integer pence;
 * - enumerations are short codes checked by the models and translated by the views.
 */

function timestamps(table: Knex.CreateTableBuilder): void {
  table.string('created_at', 30).notNullable()
  table.string('updated_at', 30).notNullable()
}

function address(table: Knex.CreateTableBuilder, prefix: string): void {
  table.string(`${prefix}_line_1`, 100)
  table.string(`${prefix}_line_2`, 100)
  table.string(`${prefix}_town`, 100)
  table.string(`${prefix}_county`, 100)
  table.string(`${prefix}_postcode`, 10)
  table.string(`${prefix}_country`, 60)
}

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sessions', table => {
    table.string('sid', 128).primary()
    table.text('data').notNullable()
    table.bigInteger('expires_at').notNullable().index()
  })

  await knex.schema.createTable('audit_log', table => {
    table.increments('id')
    table.string('occurred_at', 30).notNullable().index()
    table.string('actor_type', 20).notNullable()
    table.string('actor_id', 40)
    table.string('action', 80).notNullable()
    table.string('subject_type', 40)
    table.string('subject_id', 40)
    table.text('details')
    table.index(['subject_type', 'subject_id'])
  })

  await knex.schema.createTable('identity_accounts', table => {
    table.increments('id')
    table.string('user_id', 12).notNullable().unique()
    table.string('first_name', 100)
    table.string('last_name', 100)
    table.string('email', 254).notNullable()
    table.string('password_hash', 255).notNullable()
    table.integer('failed_sign_in_count').notNullable().defaultTo(0)
    table.string('locked_until', 30)
    timestamps(table)
  })

  await knex.schema.createTable('clients', table => {
    table.increments('id')
    table.string('customer_reference_number', 12).notNullable().unique()
    table.string('national_insurance_number', 9).unique()
    table.string('date_of_birth', 10).notNullable()
    table.string('title', 20)
    table.string('first_name', 100).notNullable()
    table.string('last_name', 100).notNullable()
    table.string('known_as', 100)
    table.string('gender', 20)
    table.string('email', 254)
    table.string('phone_home', 30)
    table.string('phone_mobile', 30)
    table.string('phone_work', 30)
    address(table, 'address')
    address(table, 'postal_address')
    table.string('contact_preference', 20).notNullable().defaultTo('post')
    table.boolean('sms_opt_in').notNullable().defaultTo(false)
    table.string('preferred_language', 2).notNullable().defaultTo('en')
    table.string('region', 2).notNullable().defaultTo('gb')
    table.string('pin_ciphertext', 255)
    table.string('pin_updated_at', 30)
    table.integer('identity_account_id').unique().references('id').inTable('identity_accounts')
    table.string('enrolled_at', 30)
    table.boolean('self_service').notNullable().defaultTo(false)
    table.string('first_sign_in_at', 30)
    table.string('last_sign_in_at', 30)
    table.string('self_service_locked_at', 30)
    table.string('self_service_lock_reason', 40)
    table.string('pin_challenge_positions', 10)
    table.integer('failed_pin_attempts').notNullable().defaultTo(0)
    timestamps(table)
    table.index(['last_name', 'date_of_birth'])
  })

  await knex.schema.createTable('cases', table => {
    table.increments('id')
    table.string('case_number', 12).notNullable().unique()
    table.integer('paying_parent_client_id').notNullable().references('id').inTable('clients').index()
    table.integer('receiving_parent_client_id').notNullable().references('id').inTable('clients').index()
    table.string('region', 2).notNullable().defaultTo('gb')
    table.string('service_type', 20).notNullable()
    table.string('method_of_payment', 40).notNullable()
    table.string('receiving_parent_payment_method', 40).notNullable().defaultTo('direct_payment')
    table.string('case_start_date', 10).notNullable()
    table.string('annual_review_date', 10).notNullable()
    table.string('status', 20).notNullable().defaultTo('active')
    timestamps(table)
  })

  await knex.schema.createTable('qualifying_children', table => {
    table.increments('id')
    table.integer('case_id').notNullable().references('id').inTable('cases').index()
    table.string('first_name', 100).notNullable()
    table.string('last_name', 100).notNullable()
    table.string('date_of_birth', 10).notNullable()
  })

  await knex.schema.createTable('maintenance_calculations', table => {
    table.increments('id')
    table.integer('case_id').notNullable().references('id').inTable('cases')
    table.string('effective_date', 10).notNullable()
    table.string('reason', 30).notNullable()
    table.string('rate', 20).notNullable()
    table.integer('paying_parent_gross_weekly_income_pence').notNullable()
    table.integer('qualifying_children_count').notNullable()
    table.integer('other_relevant_children_count').notNullable().defaultTo(0)
    table.integer('shared_care_nights_per_year').notNullable().defaultTo(0)
    table.integer('weekly_amount_pence').notNullable()
    table.integer('collection_charge_percent').notNullable().defaultTo(0)
    table.string('created_at', 30).notNullable()
    table.index(['case_id', 'effective_date'])
  })

  await knex.schema.createTable('payment_schedule_items', table => {
    table.increments('id')
    table.integer('case_id').notNullable().references('id').inTable('cases')
    table.string('due_date', 10).notNullable()
    table.integer('amount_pence').notNullable()
    table.integer('collection_charge_pence').notNullable().defaultTo(0)
    table.string('method', 40).notNullable()
    table.index(['case_id', 'due_date'])
  })

  await knex.schema.createTable('ledger_entries', table => {
    table.increments('id')
    table.integer('case_id').notNullable().references('id').inTable('cases')
    table.integer('client_id').notNullable().references('id').inTable('clients')
    table.string('direction', 3).notNullable()
    table.integer('amount_pence').notNullable()
    table.string('transaction_date', 10).notNullable()
    table.string('method', 40).notNullable()
    table.string('entry_type', 40).notNullable()
    table.string('reference', 64)
    table.string('source', 40).notNullable()
    table.string('external_id', 64).unique()
    table.string('created_at', 30).notNullable()
    table.index(['case_id', 'transaction_date'])
    table.index(['client_id', 'transaction_date'])
  })

  await knex.schema.createTable('staff_directory', table => {
    table.string('staff_id', 9).primary()
    table.string('name', 100).notNullable()
    table.string('email', 254).notNullable()
  })

  await knex.schema.createTable('staff_members', table => {
    table.string('staff_id', 9).primary()
    table.string('name', 100).notNullable()
    table.string('email', 254).notNullable()
    table.string('phone', 30)
    table.string('password_hash', 255)
    table.integer('failed_sign_in_count').notNullable().defaultTo(0)
    table.string('locked_until', 30)
    timestamps(table)
  })

  await knex.schema.createTable('staff_profiles', table => {
    table.increments('id')
    table.string('staff_id', 9).notNullable().references('staff_id').inTable('staff_members')
    table.string('system', 20).notNullable()
    table.string('role', 40).notNullable()
    table.string('granted_by', 9)
    table.string('granted_at', 30).notNullable()
    table.unique(['staff_id', 'system', 'role'])
  })
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'staff_profiles',
    'staff_members',
    'staff_directory',
    'ledger_entries',
    'payment_schedule_items',
    'maintenance_calculations',
    'qualifying_children',
    'cases',
    'clients',
    'identity_accounts',
    'audit_log',
    'sessions',
  ]) {
    await knex.schema.dropTableIfExists(table)
  }
}
