import fs from 'node:fs'
import { expect } from 'chai'
import request from 'supertest'
import type { Response } from 'supertest'
import { fillParams, listRoutes, type ListedRoute } from '../support/route-list.ts'
import { csrfTokenFrom } from '../support/html.ts'
import { signIn, type Agent } from '../support/client-journeys.ts'
import { signInDemoClient } from '../support/demo-clients.ts'
import { signInEveryKindOfUser, type EveryKindOfUser } from '../support/every-kind-of-user.ts'
import { openSandboxPayment } from '../support/payment-sandbox.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { fingerprint } from '../support/table-counts.ts'

/** The form field each upload form reads its files from. */
const fileFields: Record<string, string> = {
  '/client/messages/send': 'attachments',
  '/client/messages/upload-documents': 'documents',
  '/client/my-details/changes/report/:changeType': 'evidence',
}

/** The page-has-expired page, which is what a refused token gets (not a sign-in redirect or a role refusal). */
function refusedAsForgery(response: Response): boolean {
  return response.status === 403 && response.text.includes('Sorry, the page has expired')
}

function filesIn(directory: string): number {
  return fs.existsSync(directory) ? fs.readdirSync(directory, { recursive: true }).length : 0
}

describe('cross-site request forgery, on every form post', function () {
  this.timeout(120_000)
  let testApp: TestApp
  let users: EveryKindOfUser
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    users = await signInEveryKindOfUser(testApp)
  })
  after(() => testApp.close())

  /** The agent whose session may post to a route, and a token from someone else's session of the same area. */
  async function postersFor(): Promise<(route: ListedRoute) => { agent: Agent; foreignToken: string; path: string }> {
    const northernIreland = await signInDemoClient(testApp, 'aoife')
    const sandbox = request.agent(testApp.app)
    const payment = await openSandboxPayment(testApp, sandbox)
    const otherSandbox = request.agent(testApp.app)
    const otherPayment = await openSandboxPayment(testApp, otherSandbox)
    const tokens = {
      client: csrfTokenFrom((await users.agents.clientB.get('/client/home')).text),
      caseworker: csrfTokenFrom((await request.agent(testApp.app).get('/caseworker/sign-in')).text),
      receiptsTool: csrfTokenFrom((await request.agent(testApp.app).get('/receipts-tool/sign-in')).text),
      sandbox: csrfTokenFrom(otherPayment.html),
    }
    return route => {
      const path = fillParams(route.path, route.path.includes(':changeType') ? 'other_change' : '1')
      if (route.path.startsWith('/ni/')) return { agent: northernIreland.agent, foreignToken: tokens.client, path }
      if (route.path.startsWith('/client/')) return { agent: users.agents.clientA, foreignToken: tokens.client, path }
      if (route.path.startsWith('/caseworker/'))
        return { agent: users.agents.caseworker, foreignToken: tokens.caseworker, path }
      if (route.path.startsWith('/receipts-tool/users'))
        return { agent: users.agents.receiptsAdministrator, foreignToken: tokens.receiptsTool, path }
      if (route.path.startsWith('/receipts-tool/'))
        return { agent: users.agents.receiptsCaseWorker, foreignToken: tokens.receiptsTool, path }
      const sandboxPath = route.path.replace(':paymentId', payment.paymentId)
      return { agent: sandbox, foreignToken: tokens.sandbox, path: sandboxPath }
    }
  }

  it('refuses every post, forms and uploads, without a token or with another session’s, and changes nothing', async () => {
    const posterFor = await postersFor()
    const { db } = testApp.database
    const storage = testApp.deps.config.uploads.storageDirectory
    const before = await fingerprint(db)
    const storedFiles = filesIn(storage)
    const routes = listRoutes(testApp.app).filter(route => route.method === 'POST')
    const failures: string[] = []
    for (const route of routes) {
      const { agent, foreignToken, path } = posterFor(route)
      const attempts: Array<[string, () => Promise<Response>]> = [
        ['no token', () => agent.post(path).type('form').send({})],
        ['a made-up token', () => agent.post(path).type('form').send({ _csrf: 'not-the-token' })],
        ['another session’s token', () => agent.post(path).type('form').send({ _csrf: foreignToken })],
        ['a multipart post with another session’s token', () => agent.post(path).field('_csrf', foreignToken)],
      ]
      const fileField = fileFields[route.path]
      if (fileField) {
        attempts.push([
          'a file and another session’s token',
          () =>
            agent
              .post(path)
              .field('_csrf', foreignToken)
              .attach(fileField, Buffer.from('%PDF-1.4\n%%EOF\n'), 'evidence.pdf'),
        ])
      }
      for (const [what, attempt] of attempts) {
        const response = await attempt()
        if (!refusedAsForgery(response)) failures.push(`POST ${path} with ${what} → ${response.status}`)
      }
    }
    expect(routes.length).to.be.greaterThan(80)
    expect(failures).to.deep.equal([])
    expect(await fingerprint(db)).to.deep.equal(before)
    expect(filesIn(storage)).to.equal(storedFiles)
    // The refused sign-outs signed nobody out.
    expect((await users.agents.clientA.get('/client/home')).status).to.equal(200)
    expect((await users.agents.caseworker.get('/caseworker/find-a-client')).status).to.equal(200)
  })

  it('lets the same post through with the session’s own token', async () => {
    const agent = users.agents.receiptsCaseWorker
    const token = csrfTokenFrom((await agent.get('/receipts-tool/cases/new')).text)
    const response = await agent.post('/receipts-tool/cases/new').type('form').send({ _csrf: token })
    expect(response.status).to.equal(400)
  })

  it('refuses a token taken from another person’s session', async () => {
    const attacker = request.agent(testApp.app)
    const token = csrfTokenFrom((await attacker.get('/client/sign-in')).text)
    const victim = request.agent(testApp.app)
    await signIn(victim, '3012 4578 9023', 'Demo1234', '5318642')
    const response = await victim.post('/client/sign-out').type('form').send({ _csrf: token })
    expect(response.status).to.equal(403)
    expect((await victim.get('/client/home')).status).to.equal(200)
  })
})
