import { expect } from 'chai'
import request from 'supertest'
import type { Response } from 'supertest'
import type { ClientFixture, IdentityAccountFixture } from '../../fixtures/clients.ts'
import { insertEnrolledClient } from '../../fixtures/clients.ts'
import { signIn, submitForm, type Agent } from '../../support/client-journeys.ts'
import { parseHtml } from '../../support/html.ts'
import type { TestApp } from '../../support/test-app.ts'

/** An enrolled client, signed in through the real sign-in pages, with an agent holding their session. */
export async function signedInClient(testApp: TestApp, fixture: ClientFixture & IdentityAccountFixture = {}) {
  const enrolled = await insertEnrolledClient(testApp.database.db, testApp.deps.pinSecret, fixture)
  const agent = request.agent(testApp.app)
  await signIn(agent, enrolled.account.userId, enrolled.account.password, enrolled.pin)
  return { ...enrolled, agent }
}

/** Posts a form and expects it to be refused with these messages, in order, in the error summary. */
export async function expectRefused(
  agent: Agent,
  path: string,
  fields: Record<string, string>,
  messages: string[],
  formPage = path,
): Promise<Response> {
  const response = await submitForm(agent, path, fields, formPage)
  expect(response.status, `${path} status`).to.equal(400)
  const $ = parseHtml(response.text)
  const summary = $('.govuk-error-summary__list a')
    .map((_index, link) => $(link).text().trim())
    .get()
  expect(summary).to.deep.equal(messages)
  expect($('title').text().trim()).to.match(/^Error: /)
  return response
}

/** The client's record as stored now. */
export async function storedClient(testApp: TestApp, clientId: number) {
  return (await testApp.database.db('clients').where({ id: clientId }).first())!
}

/** Audit entries for a client and action, newest first, with their details parsed. */
export async function auditEntries(testApp: TestApp, clientId: number, action: string) {
  const entries = await testApp.deps.auditLog.forSubject('client', clientId)
  return entries.filter(entry => entry.action === action)
}
