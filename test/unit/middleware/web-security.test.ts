import { expect } from 'chai'
import express from 'express'
import request from 'supertest'
import { setUpWebSecurity } from '../../../middleware/setUpWebSecurity.ts'

/* The headers are worked out once at start-up: every response must still get all of them, and its own nonce. */

function appFor(env: 'production' | 'test') {
  const app = express()
  app.use(setUpWebSecurity({ env }))
  app.get('/', (_req, res) => res.send(String(res.locals.cspNonce)))
  return app
}

const expectedHeaders = {
  'cross-origin-embedder-policy': 'require-corp',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
}

function policyWith(nonce: string, production: boolean): string {
  return (
    "default-src 'self';base-uri 'none';font-src 'self';form-action 'self';frame-ancestors 'none';" +
    `img-src 'self' data:;object-src 'none';script-src 'self' 'nonce-${nonce}';script-src-attr 'none';` +
    `style-src 'self';${production ? 'upgrade-insecure-requests;' : ''}connect-src 'self'`
  )
}

describe('security headers worked out once', () => {
  it('sends every header with a fresh nonce, the one the page is given, on each response', async () => {
    const app = appFor('test')
    const first = await request(app).get('/')
    const second = await request(app).get('/')
    for (const response of [first, second]) {
      expect(response.headers).to.include(expectedHeaders)
      expect(response.headers['content-security-policy']).to.equal(policyWith(response.text, false))
      expect(response.headers).not.to.have.property('strict-transport-security')
    }
    expect(first.text).to.match(/^[A-Za-z0-9+/]{22}==$/)
    expect(second.text).not.to.equal(first.text)
  })

  it('adds HSTS and upgrade-insecure-requests in production', async () => {
    const response = await request(appFor('production')).get('/')
    expect(response.headers).to.include({
      ...expectedHeaders,
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
    })
    expect(response.headers['content-security-policy']).to.equal(policyWith(response.text, true))
  })
})
