import type { Agent } from './client-journeys.ts'
import { clientIdByReference } from './demo-clients.ts'
import { signedInCaseworker } from './staff-journeys.ts'
import { createTestApp, type TestApp } from './test-app.ts'

export const PAUL = '35220900' // Case Worker only
export const RHIAN = '40000003' // Case Worker with a Special Client Records profile
export const EWAN_CRN = '121004000034'

/**
 * The demo data with two caseworkers signed in, one without the Special Client Records profile
 * (Paul) and one with it (Rhian), and the ids of Ewan Jones and Sarah Jones, the parents of one case.
 */
export async function specialRecordsTestBed(): Promise<{
  testApp: TestApp
  paul: Agent
  rhian: Agent
  ewan: number
  sarah: number
}> {
  const testApp = await createTestApp({ demoData: true })
  const paul = (await signedInCaseworker(testApp.app, PAUL)).agent
  const rhian = (await signedInCaseworker(testApp.app, RHIAN)).agent
  const ewan = await clientIdByReference(testApp, EWAN_CRN)
  const sarah = (await testApp.database.db('clients').where({ first_name: 'Sarah', last_name: 'Jones' }).first())!.id
  return { testApp, paul, rhian, ewan, sarah }
}
