import type { Knex } from 'knex'

/*
 * The sandbox payment provider's own record of each payment, standing in for GOV.UK Pay's. It holds
 * what GOV.UK Pay would report back (status, failure code, card brand, last four digits, expiry) and
 * never a card number, security code, name on card or billing address.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sandbox_payments', table => {
    table.string('payment_id', 32).primary()
    table.integer('amount_pence').notNullable()
    table.string('reference', 255).notNullable()
    table.string('description', 255).notNullable()
    table.string('return_url', 2000).notNullable()
    table.string('language', 2).notNullable()
    table.string('status', 20).notNullable()
    table.string('failure_code', 10)
    table.string('secure_token', 64).notNullable().unique()
    table.string('secure_token_used_at', 30)
    table.string('card_brand', 30)
    table.string('card_last_four', 4)
    table.string('card_expiry', 5)
    table.string('created_at', 30).notNullable()
    table.string('expires_at', 30).notNullable()
    table.string('updated_at', 30).notNullable()
  })
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('sandbox_payments')
}
