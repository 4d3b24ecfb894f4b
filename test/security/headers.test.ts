import { expect } from 'chai'
import type { Response } from 'supertest'
import { parseHtml } from '../support/html.ts'
import { listRoutes, type ListedRoute } from '../support/route-list.ts'
import { signInEveryKindOfUser, userKinds, type EveryKindOfUser } from '../support/every-kind-of-user.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/*
 * The security headers on every page any kind of user can open: each GET route is asked by every
 * kind of user, and every answer that is a page (200) must carry them. A nonce is only worth
 * anything when no two responses share it, so every nonce seen is compared with every other.
 */

const routeParams: Record<string, string> = { month: '2026-10', addressType: 'home', changeType: 'other_change' }

function nonceOf(response: Response): string | undefined {
  return /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(String(response.headers['content-security-policy']))?.[1]
}

function problemsWith(response: Response): string[] {
  const csp = String(response.headers['content-security-policy'] ?? '')
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? ''
  const problems = [
    nonceOf(response) ? '' : 'no script nonce',
    scriptSrc.includes('unsafe-inline') || scriptSrc.includes('unsafe-eval') ? 'unsafe script source' : '',
    csp.includes("frame-ancestors 'none'") ? '' : 'framing allowed',
    response.headers['x-content-type-options'] === 'nosniff' ? '' : 'no nosniff',
    response.headers['referrer-policy'] === 'same-origin' ? '' : 'no same-origin referrer policy',
    response.headers['x-powered-by'] ? 'x-powered-by' : '',
  ]
  if (String(response.headers['content-type']).startsWith('text/html')) {
    const $ = parseHtml(response.text)
    for (const script of $('script').toArray()) {
      if ($(script).attr('nonce') !== nonceOf(response)) problems.push('a script without the response’s nonce')
    }
  }
  return problems.filter(Boolean)
}

describe('security headers on every page', function () {
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

  it('sends a fresh-nonce CSP without unsafe scripts, no framing, nosniff and a referrer policy on every page', async () => {
    const failures: string[] = []
    const nonces: string[] = []
    const pagesSeen = new Set<string>()
    for (const route of routes) {
      for (const kind of userKinds) {
        const own = kind === 'clientA' || kind === 'clientB' ? users.records[kind].params : {}
        const path = route.path.replace(/:(\w+)/g, (_match, name: string) => own[name] ?? routeParams[name] ?? '1')
        const response = await users.agents[kind].get(path)
        if (response.status !== 200) continue
        pagesSeen.add(route.path)
        nonces.push(nonceOf(response) ?? '')
        for (const problem of problemsWith(response)) failures.push(`${kind} GET ${path}: ${problem}`)
      }
    }
    expect(failures).to.deep.equal([])
    expect(pagesSeen.size, 'pages that answered 200').to.be.greaterThan(130)
    expect(new Set(nonces).size, 'distinct nonces').to.equal(nonces.length)
  })
})
