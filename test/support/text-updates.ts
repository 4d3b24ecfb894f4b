import type { OutboundMessageRow } from '../../types/knex-tables-identity.d.ts'
import type { TestApp } from './test-app.ts'

/** The mobile number a client opts in with unless a test gives another. */
export const TEST_MOBILE = '07700 900999'

/** The texts the app has sent a client (newest first), as the SMS adapter recorded them in the outbox. */
export async function textsTo(testApp: TestApp, clientId: number): Promise<OutboundMessageRow[]> {
  return (await testApp.deps.outbox.forClient(clientId)).filter(message => message.channel === 'sms')
}

/**
 * Opts a client in to text updates with a mobile number; `fields` override the row, so
 * `{ sms_opt_in: false }` is a client who has not opted in and `{ phone_mobile: null }` one with no mobile.
 */
export async function optInToTexts(testApp: TestApp, clientId: number, fields: Record<string, unknown> = {}) {
  await testApp.database
    .db('clients')
    .where({ id: clientId })
    .update({ sms_opt_in: true, phone_mobile: TEST_MOBILE, ...fields })
}
