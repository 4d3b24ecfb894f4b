import request from 'supertest'
import { demoClients } from '../../seeds/demo/people.ts'
import { recordActivity, raiseRequest } from '../fixtures/caseworker-work.ts'
import { signInWithPassword, type Agent } from './client-journeys.ts'
import { signInDemoClient, type DemoClientKey } from './demo-clients.ts'
import { signedInCaseworker } from './staff-journeys.ts'
import type { TestApp } from './test-app.ts'
import { ANDREW, CHRIS, signInAs } from '../integration/receipts-tool/sign-in-helpers.ts'

/** Who a request can come from, as the security suite asks every route. */
export const userKinds = [
  'anonymous',
  'halfSignedIn',
  'clientA',
  'clientB',
  'caseworker',
  'receiptsCaseWorker',
  'receiptsAdministrator',
] as const
export type UserKind = (typeof userKinds)[number]

/** A signed-in client's own records, to put in another client's URLs, and what identifies them. */
export interface ClientRecords {
  clientId: number
  /** Values for each route parameter that name this client's own records. */
  params: Record<string, string>
  /** Their name, Customer Reference Number and first address line: what another user must never see. */
  personalData: string[]
}

/** Gives a demo client one of each record a client page can name, so their ids can be tried by others. */
async function recordsOf(testApp: TestApp, key: DemoClientKey, clientId: number): Promise<ClientRecords> {
  const { db } = testApp.database
  const demo = demoClients.find(client => client.key === key)!
  const ownCase = await db('cases')
    .where({ paying_parent_client_id: clientId })
    .orWhere({ receiving_parent_client_id: clientId })
    .orderBy('id')
    .first('id')
  const messageId = await recordActivity(testApp.deps, clientId, { subject: `Query from ${key}` })
  const letter = await testApp.deps.letters.issue(
    {
      clientId,
      caseId: null,
      templateCode: 'CMSL9800',
      language: 'en',
      details: {},
      delivery: 'self_service',
      issuedBy: 'CW1',
    },
    testApp.clock.now(),
  )
  const serviceRequest = await raiseRequest(testApp.deps, clientId, 'other_change', { description: 'Moved job' })
  return {
    clientId,
    params: {
      caseId: String(ownCase!.id),
      messageId: String(messageId),
      letterId: String(letter.id),
      reference: serviceRequest.reference,
    },
    personalData: [`${demo.firstName} ${demo.lastName}`, demo.customerReferenceNumber, demo.address.line1],
  }
}

export interface EveryKindOfUser {
  agents: Record<UserKind, Agent>
  /** Client A is George Mills, a paying parent; client B is Marcus Reid, on an unrelated case. */
  records: { clientA: ClientRecords; clientB: ClientRecords }
}

/** One signed-in agent per kind of user, shared by the whole suite to keep it fast. */
export async function signInEveryKindOfUser(testApp: TestApp): Promise<EveryKindOfUser> {
  const { app } = testApp
  const clientA = await signInDemoClient(testApp, 'george')
  const clientB = await signInDemoClient(testApp, 'marcus')
  const halfSignedIn = request.agent(app)
  // Ewan, on neither A's nor B's case: user ID and password accepted, PIN still to come.
  await signInWithPassword(halfSignedIn, '2061 2145 0971', 'Demo1234')
  const agents: Record<UserKind, Agent> = {
    anonymous: request.agent(app),
    halfSignedIn,
    clientA: clientA.agent,
    clientB: clientB.agent,
    caseworker: (await signedInCaseworker(app)).agent,
    receiptsCaseWorker: await signInAs(app, ANDREW, 'case_worker'),
    receiptsAdministrator: await signInAs(app, CHRIS),
  }
  return {
    agents,
    records: {
      clientA: await recordsOf(testApp, 'george', clientA.clientId),
      clientB: await recordsOf(testApp, 'marcus', clientB.clientId),
    },
  }
}
