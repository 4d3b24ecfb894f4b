import request from 'supertest'
import type { Express } from 'express'
import type { Agent } from './client-journeys.ts'
import { csrfTokenFrom } from './html.ts'
import { createTestApp, type TestApp } from './test-app.ts'

export const DEMO_STAFF_PASSWORD = 'Demo-staff-1'

/** A caseworker signed in to the intranet (Paul Cox holds a CMS 2012 Case Worker profile in the demo data). */
export async function signedInCaseworker(app: Express, staffId = '35220900', password = DEMO_STAFF_PASSWORD) {
  const agent = request.agent(app)
  const page = await agent.get('/caseworker/sign-in')
  const response = await agent
    .post('/caseworker/sign-in')
    .type('form')
    .send({ _csrf: csrfTokenFrom(page.text), staffId, password })
  return { agent, response }
}

/** The demo data in a fresh app, with Paul signed in to the intranet: the set-up of a caseworker's route tests. */
export async function caseworkerTestBed(): Promise<{ testApp: TestApp; agent: Agent }> {
  const testApp = await createTestApp({ demoData: true })
  return { testApp, agent: (await signedInCaseworker(testApp.app)).agent }
}
