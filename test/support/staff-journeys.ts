import request from 'supertest'
import type { Express } from 'express'
import { csrfTokenFrom } from './html.ts'

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
