import { expect } from 'chai'
import type { Response } from 'supertest'
import { csrfTokenFrom } from '../support/html.ts'
import { fingerprint } from '../support/table-counts.ts'
import { fillParams, listRoutes, type ListedRoute } from '../support/route-list.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { signInEveryKindOfUser, userKinds, type EveryKindOfUser, type UserKind } from '../support/every-kind-of-user.ts'
import { expectedAnswer, isPublicPage } from '../support/expected-access.ts'

/*
 * Every GET route, read from the app's own routers, asked by every kind of user: the answer is the
 * one their kind should get (the page, the right sign-in page, 403 or 404), never a 5xx, and never
 * another client's name, reference number or address. Client A's record ids are put into client B's
 * URLs and the other way round.
 */

const clientParams = ['caseId', 'messageId', 'letterId', 'reference']
const otherParams: Record<string, string> = {
  month: '2026-10',
  addressType: 'home',
  changeType: 'other_change',
}

function pathWith(route: ListedRoute, params: Record<string, string>): string {
  return route.path.replace(/:(\w+)/g, (_match, name: string) => params[name] ?? otherParams[name] ?? '1')
}

function namesRecords(route: ListedRoute): boolean {
  return clientParams.some(name => route.path.includes(`:${name}`))
}

describe('every route, asked by every kind of user', function () {
  this.timeout(240_000)
  let testApp: TestApp
  let users: EveryKindOfUser
  let routes: ListedRoute[]
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    users = await signInEveryKindOfUser(testApp)
    routes = listRoutes(testApp.app).filter(route => route.method === 'GET')
  })
  after(() => testApp.close())

  /** Someone's personal data in a response meant for someone else. */
  function leaks(kind: UserKind, response: Response): string[] {
    const { clientA, clientB } = users.records
    const others = kind === 'clientA' ? [clientB] : kind === 'clientB' ? [clientA] : [clientA, clientB]
    const staffMayRead = kind === 'caseworker' || kind === 'receiptsCaseWorker' || kind === 'receiptsAdministrator'
    if (staffMayRead) return []
    return others.flatMap(other => other.personalData).filter(value => response.text?.includes(value))
  }

  it('answers each kind of user as its kind should be answered, never with a 5xx or another’s data', async () => {
    const failures: string[] = []
    for (const route of routes) {
      for (const kind of userKinds) {
        const path = fillParams(route.path) === route.path ? route.path : pathWith(route, {})
        const response = await users.agents[kind].get(path)
        const problem = expectedAnswer(route.path, kind, response)
        if (problem)
          failures.push(`${kind} GET ${path} → ${response.status} ${response.headers.location ?? ''}: ${problem}`)
        for (const leaked of leaks(kind, response)) failures.push(`${kind} GET ${path} shows ${leaked}`)
      }
    }
    expect(failures).to.deep.equal([])
  })

  it('shows each client their own records, and answers 404 or 403 for the other client’s', async () => {
    const failures: string[] = []
    const { clientA, clientB } = users.records
    for (const route of routes.filter(namesRecords).filter(item => item.path.startsWith('/client/'))) {
      for (const [kind, own, other] of [
        ['clientA', clientA, clientB],
        ['clientB', clientB, clientA],
      ] as const) {
        const agent = users.agents[kind]
        const ownPath = pathWith(route, own.params)
        const mine = await agent.get(ownPath)
        if (mine.status !== 200) failures.push(`${kind} GET ${ownPath} (their own) → ${mine.status}`)
        const theirsPath = pathWith(route, other.params)
        const theirs = await agent.get(theirsPath)
        if (![403, 404].includes(theirs.status))
          failures.push(`${kind} GET ${theirsPath} (another’s) → ${theirs.status}`)
        for (const leaked of other.personalData.filter(value => theirs.text?.includes(value))) {
          failures.push(`${kind} GET ${theirsPath} shows ${leaked}`)
        }
      }
    }
    expect(failures).to.deep.equal([])
  })

  it('refuses the other client’s case named in a query string', async () => {
    const { clientA, clientB } = users.records
    for (const path of ['/client/my-payments/payment-plan', '/client/my-payments/statement']) {
      for (const [kind, own, other] of [
        ['clientA', clientA, clientB],
        ['clientB', clientB, clientA],
      ] as const) {
        const mine = await users.agents[kind].get(`${path}?case=${own.params.caseId}`)
        expect(mine.status, `${kind} ${path} own case`).to.equal(200)
        const theirs = await users.agents[kind].get(`${path}?case=${other.params.caseId}`)
        expect(theirs.status, `${kind} ${path} another’s case`).to.equal(404)
        for (const value of other.personalData) expect(theirs.text).not.to.contain(value)
      }
    }
  })

  it('lists public pages that every kind of user can open', () => {
    expect(routes.filter(route => isPublicPage(route.path)).length).to.be.greaterThan(20)
  })
})

describe('every form post, sent by a session of the right area without the right standing', function () {
  this.timeout(120_000)
  let testApp: TestApp
  let users: EveryKindOfUser
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    users = await signInEveryKindOfUser(testApp)
  })
  after(() => testApp.close())

  it('sends a half-signed-in client to the PIN step, refuses the wrong staff role, and changes nothing', async () => {
    const { agents } = users
    const tokens = {
      halfSignedIn: csrfTokenFrom((await agents.halfSignedIn.get('/client/sign-in/pin')).text),
      receiptsCaseWorker: csrfTokenFrom((await agents.receiptsCaseWorker.get('/receipts-tool/cases/new')).text),
      receiptsAdministrator: csrfTokenFrom((await agents.receiptsAdministrator.get('/receipts-tool/users/new')).text),
    }
    const posts = listRoutes(testApp.app).filter(route => route.method === 'POST')
    const before = await fingerprint(testApp.database.db)
    const failures: string[] = []
    let attempts = 0
    const attempt = async (kind: keyof typeof tokens, path: string, expected: (response: Response) => boolean) => {
      attempts += 1
      const response = await agents[kind].post(path).type('form').send({ _csrf: tokens[kind] })
      if (!expected(response))
        failures.push(`${kind} POST ${path} → ${response.status} ${response.headers.location ?? ''}`)
    }
    const toPin = (response: Response) => response.status === 302 && response.headers.location === '/client/sign-in/pin'
    const forbidden = (response: Response) => response.status === 403
    for (const route of posts) {
      const path = pathWith(route, {})
      const pinStepOrAccount = /^\/client\/(sign-in|sign-out|gateway)/.test(route.path)
      if (route.path.startsWith('/client/') && !pinStepOrAccount) await attempt('halfSignedIn', path, toPin)
      if (route.path.startsWith('/receipts-tool/users')) await attempt('receiptsCaseWorker', path, forbidden)
      if (route.path.startsWith('/receipts-tool/cases')) await attempt('receiptsAdministrator', path, forbidden)
    }
    expect(attempts).to.be.greaterThan(20)
    expect(failures).to.deep.equal([])
    expect(await fingerprint(testApp.database.db)).to.deep.equal(before)
  })
})
