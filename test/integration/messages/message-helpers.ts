import request from 'supertest'
import type { Response } from 'supertest'
import { insertCase } from '../../fixtures/cases.ts'
import { insertClientRecord, insertEnrolledClient } from '../../fixtures/clients.ts'
import { signIn, type Agent } from '../../support/client-journeys.ts'
import { csrfTokenFrom } from '../../support/html.ts'
import type { TestApp } from '../../support/test-app.ts'

export interface SignedInClient {
  agent: Agent
  clientId: number
  childIds: number[]
}

/** A client signed in to the site, paying on a case for two children (Kate and Tom Morgan). */
export async function signedInClient(testApp: TestApp, contactPreference = 'post'): Promise<SignedInClient> {
  const { db } = testApp.database
  const { client, account, pin } = await insertEnrolledClient(db, testApp.deps.pinSecret, { contactPreference })
  const otherParent = await insertClientRecord(db)
  await insertCase(db, {
    payingParentClientId: client.id,
    receivingParentClientId: otherParent,
    children: [
      { firstName: 'Kate', lastName: 'Morgan' },
      { firstName: 'Tom', lastName: 'Morgan' },
    ],
  })
  const agent = request.agent(testApp.app)
  await signIn(agent, account.userId, account.password, pin)
  const children = await testApp.deps.clientCases.qualifyingChildrenFor(client.id)
  return { agent, clientId: client.id, childIds: children.map(child => child.id) }
}

export interface Attachment {
  name: string
  content: Buffer
}

/** Posts a multipart form as a browser would: the token from the form page, the fields, then the files. */
export async function postMultipart(
  agent: Agent,
  path: string,
  fields: Record<string, string | string[]>,
  files: Attachment[],
  fileField: string,
): Promise<Response> {
  const page = await agent.get(path)
  let post = agent.post(path).field('_csrf', csrfTokenFrom(page.text))
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) post = post.field(name, item)
  }
  for (const file of files) post = post.attach(fileField, file.content, file.name)
  return post
}

export function sendMessage(
  agent: Agent,
  fields: Record<string, string | string[]>,
  files: Attachment[] = [],
): Promise<Response> {
  return postMultipart(agent, '/client/messages/send', fields, files, 'attachments')
}

export function uploadDocuments(agent: Agent, files: Attachment[]): Promise<Response> {
  return postMultipart(agent, '/client/messages/upload-documents', {}, files, 'documents')
}
