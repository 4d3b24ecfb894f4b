import request from 'supertest'
import { demoClients } from '../../seeds/demo/people.ts'
import { insertIdentityAccount } from '../fixtures/clients.ts'
import { signIn, type Agent } from './client-journeys.ts'
import type { TestApp } from './test-app.ts'

/** The password of the identity accounts these helpers create for demo clients. */
const ENROLLED_IN_TESTS_PASSWORD = 'Walnut123'

export type DemoClientKey = (typeof demoClients)[number]['key']

export interface SignedInDemoClient {
  agent: Agent
  clientId: number
}

/**
 * Signs a demo client in to the client site, enrolling them first when the demo data does not
 * (Ewan and Sarah are enrolled already; the others get an identity account of their own).
 */
export async function signInDemoClient(testApp: TestApp, key: DemoClientKey): Promise<SignedInDemoClient> {
  const demo = demoClients.find(client => client.key === key)
  if (!demo) throw new Error(`No demo client ${key}`)
  const { db } = testApp.database
  const row = await db('clients').where({ customer_reference_number: demo.customerReferenceNumber }).first()
  if (!row) throw new Error(`Demo client ${key} is not loaded`)
  let account: { userId: string; password: string } | undefined = demo.identityAccount
  if (!row.identity_account_id) {
    account = await insertIdentityAccount(db, { password: ENROLLED_IN_TESTS_PASSWORD }, row.id)
  } else if (!account) {
    const identity = await db('identity_accounts').where({ id: row.identity_account_id }).first('user_id')
    account = { userId: identity!.user_id, password: ENROLLED_IN_TESTS_PASSWORD }
  }
  const agent = request.agent(testApp.app)
  const region = row.region === 'ni' ? '/ni' : '/client'
  if (!account) throw new Error(`Demo client ${key} has no identity account`)
  await signIn(agent, account.userId, account.password, demo.pin, region)
  return { agent, clientId: row.id }
}

/** The database id of a demo case, by its case number. */
export async function demoCaseId(testApp: TestApp, caseNumber: string): Promise<number> {
  const row = await testApp.database.db('cases').where({ case_number: caseNumber }).first('id')
  if (!row) throw new Error(`No demo case ${caseNumber}`)
  return row.id
}

/** The id of the client with this Customer Reference Number (a demo client's), or an error naming it. */
export async function clientIdByReference(testApp: TestApp, customerReferenceNumber: string): Promise<number> {
  const row = await testApp.database
    .db('clients')
    .where({ customer_reference_number: customerReferenceNumber })
    .first('id')
  if (!row) throw new Error(`No client with Customer Reference Number ${customerReferenceNumber}`)
  return row.id
}
