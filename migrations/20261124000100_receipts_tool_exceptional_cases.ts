import type { Knex } from 'knex'

/*
 * The Receipts and Payments Tool's own records: exceptional cases, which live outside CMS 2012, and
 * their money. The ledger is append-only: a correction is a new entry that reverses an old one, so
 * nothing is ever edited or lost. Amounts are signed integer pence (a reversal carries the opposite
 * sign of the entry it reverses), so every total is a plain SUM.
 */

function address(table: Knex.CreateTableBuilder, prefix: string): void {
  table.string(`${prefix}_name`, 100).notNullable()
  table.string(`${prefix}_address_line_1`, 100).notNullable()
  table.string(`${prefix}_address_line_2`, 100)
  table.string(`${prefix}_address_town`, 100).notNullable()
  table.string(`${prefix}_address_postcode`, 10).notNullable()
}

export async function up(knex: Knex): Promise<void> {
  // A user created in the tool gets a temporary password, to be changed at first sign-in.
  await knex.schema.alterTable('staff_members', table => {
    table.boolean('password_change_required').notNullable().defaultTo(false)
  })

  await knex.schema.createTable('exceptional_cases', table => {
    table.increments('id')
    table.string('case_reference', 20).notNullable().unique()
    table.string('case_type', 3).notNullable()
    table.string('missing_identifiers', 100)
    table.string('cms_case_number', 12)
    table.string('incident_reference', 20)
    address(table, 'paying_parent')
    address(table, 'receiving_parent')
    table.integer('maintenance_amount_pence').notNullable()
    table.string('maintenance_frequency', 20).notNullable()
    table.string('created_by', 9).notNullable()
    table.string('created_at', 30).notNullable()
    table.string('updated_at', 30).notNullable()
  })

  await knex.schema.createTable('exceptional_case_children', table => {
    table.increments('id')
    table.integer('case_id').notNullable().references('id').inTable('exceptional_cases').index()
    table.string('full_name', 100).notNullable()
    table.string('date_of_birth', 10).notNullable()
  })

  await knex.schema.createTable('exceptional_case_ledger', table => {
    table.increments('id')
    table.integer('case_id').notNullable().references('id').inTable('exceptional_cases')
    table.string('entry_type', 10).notNullable()
    table.integer('amount_pence').notNullable()
    table.string('transaction_date', 10).notNullable().index()
    table.string('method', 20).notNullable()
    table.string('party', 100)
    table.string('reference', 40)
    table.integer('reverses_entry_id').unique().references('id').inTable('exceptional_case_ledger')
    table.string('reason', 500)
    table.boolean('balance_override').notNullable().defaultTo(false)
    table.string('recorded_by', 9).notNullable()
    table.string('recorded_at', 30).notNullable()
    table.index(['case_id', 'transaction_date'])
  })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('exceptional_case_ledger')
  await knex.schema.dropTableIfExists('exceptional_case_children')
  await knex.schema.dropTableIfExists('exceptional_cases')
  await knex.schema.alterTable('staff_members', table => {
    table.dropColumn('password_change_required')
  })
}
