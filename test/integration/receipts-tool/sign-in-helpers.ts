import type { Express } from 'express'
import request from 'supertest'
import { csrfTokenFrom } from '../../support/html.ts'

export const PASSWORD = 'Demo-staff-1'
export const PAUL = '35220900' // System Administrator and Case Worker
export const ANDREW = '57261910' // System Administrator and Case Worker
export const CHRIS = '76834403' // System Administrator only

export type Agent = ReturnType<typeof request.agent>

/** Posts a form the way a browser does: token read from the page the form is on. */
export async function submit(
  agent: Agent,
  formPage: string,
  action: string,
  fields: Record<string, string | string[]>,
) {
  const token = csrfTokenFrom((await agent.get(formPage)).text)
  return agent
    .post(action)
    .type('form')
    .send({ ...fields, _csrf: token })
}

/** Signs a staff member in to the tool and, when they hold several roles, chooses one. */
export async function signInAs(app: Express, staffId: string, role?: string, password = PASSWORD): Promise<Agent> {
  const agent = request.agent(app)
  const response = await submit(agent, '/receipts-tool/sign-in', '/receipts-tool/sign-in', { staffId, password })
  if (response.status !== 302) throw new Error(`Sign-in failed for ${staffId}: ${response.status}`)
  if (response.headers.location === '/receipts-tool/user-role') {
    const chosen = await submit(agent, '/receipts-tool/user-role', '/receipts-tool/user-role', {
      role: role ?? 'case_worker',
    })
    if (chosen.status !== 302) throw new Error(`Role choice failed for ${staffId}: ${chosen.status}`)
  }
  return agent
}
