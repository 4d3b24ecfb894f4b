import type { Knex } from 'knex'

/*
 * Bank accounts clients give for a Direct Debit (paying parents) or direct payment (receiving
 * parents). A new account is `pending` until a caseworker completes the service request it came
 * with; then it becomes the client's `active` account for that purpose and the previous one is
 * `retired`. The account number is kept encrypted (AES-256-GCM) because the payment run needs it
 * whole; pages show only the last four digits, kept beside it.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('bank_accounts', table => {
    table.increments('id')
    table.integer('client_id').notNullable().references('id').inTable('clients').index()
    table.string('purpose', 20).notNullable()
    table.string('status', 10).notNullable()
    table.string('account_name', 70).notNullable()
    table.string('sort_code', 6).notNullable()
    table.string('account_number_ciphertext', 200).notNullable()
    table.string('account_number_last4', 4).notNullable()
    table.integer('collection_day')
    table.string('created_at', 30).notNullable()
    table.string('activated_at', 30)
    table.string('retired_at', 30)
    table.index(['client_id', 'purpose', 'status'])
  })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('bank_accounts')
}
