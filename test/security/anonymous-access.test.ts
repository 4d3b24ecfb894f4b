import { expect } from 'chai'
import request from 'supertest'
import { fillParams, listRoutes, type ListedRoute } from '../support/route-list.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { publicPages, signInPageFor } from '../support/expected-access.ts'

/*
 * Every route, read from the app's own routers, requested by someone signed in to nothing. Public
 * pages answer; everything else sends them to the right sign-in page, or says there is nothing
 * there; nothing fails and nothing personal is shown.
 */

describe('every route, asked by someone signed in to nothing', () => {
  let testApp: TestApp
  let routes: ListedRoute[]
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    routes = listRoutes(testApp.app)
  })
  after(() => testApp.close())

  it('finds the routes of every area', () => {
    for (const prefix of ['/client/', '/ni/', '/caseworker/', '/receipts-tool/']) {
      expect(routes.filter(route => route.path.startsWith(prefix)).length, prefix).to.be.greaterThan(5)
    }
  })

  it('answers public pages, and sends every other page to sign in or answers 404, never a 5xx', async () => {
    const failures: string[] = []
    for (const route of routes.filter(item => item.method === 'GET')) {
      const path = fillParams(route.path)
      const response = await request(testApp.app).get(path)
      const signIn = signInPageFor(route.path)
      const redirect = response.headers.location ?? ''
      const ok = publicPages.has(route.path)
        ? response.status < 400
        : response.status === 404 || (response.status === 302 && redirect.split('?')[0] === signIn)
      if (!ok || response.status >= 500) failures.push(`${route.method} ${path} → ${response.status} ${redirect}`)
    }
    expect(failures).to.deep.equal([])
  })

  it('shows no demo client’s details to anyone not signed in', async () => {
    const leaks: string[] = []
    for (const route of routes.filter(item => item.method === 'GET')) {
      const response = await request(testApp.app).get(fillParams(route.path))
      for (const secret of ['AB123456C', 'AB 12 34 56 C', '121003957455', 'Mills', 'cindy.clarke@example.com']) {
        if (response.text?.includes(secret)) leaks.push(`${route.path} shows ${secret}`)
      }
    }
    expect(leaks).to.deep.equal([])
  })

  it('sends the security headers on every page', async () => {
    const failures: string[] = []
    for (const route of routes.filter(item => item.method === 'GET')) {
      const response = await request(testApp.app).get(fillParams(route.path))
      const csp = String(response.headers['content-security-policy'] ?? '')
      const problems = [
        /script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/.test(csp) ? '' : 'no script nonce',
        csp.includes('unsafe-inline') ? 'unsafe-inline' : '',
        csp.includes("frame-ancestors 'none'") ? '' : 'framing allowed',
        response.headers['x-content-type-options'] === 'nosniff' ? '' : 'no nosniff',
        response.headers['referrer-policy'] ? '' : 'no referrer policy',
        response.headers['x-powered-by'] ? 'x-powered-by' : '',
      ].filter(Boolean)
      if (problems.length > 0) failures.push(`${route.path}: ${problems.join(', ')}`)
    }
    expect(failures).to.deep.equal([])
  })
})
