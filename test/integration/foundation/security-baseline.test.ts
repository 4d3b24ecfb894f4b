import { expect } from 'chai'
import request from 'supertest'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../../support/html.ts'

function cspOf(response: request.Response): string {
  return String(response.headers['content-security-policy'])
}

describe('security baseline', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  describe('headers', () => {
    it('sets a content security policy with a fresh nonce per request and no unsafe-inline', async () => {
      const first = await request(testApp.app).get('/client')
      const second = await request(testApp.app).get('/client')
      const nonce = /'nonce-([^']+)'/.exec(cspOf(first))?.[1]
      expect(nonce).to.be.a('string')
      expect(cspOf(second)).not.to.contain(nonce)
      expect(cspOf(first)).not.to.contain('unsafe-inline')
      expect(cspOf(first)).to.contain("frame-ancestors 'none'")
      // The template's inline scripts carry the nonce, so they still run.
      const $ = parseHtml(first.text)
      const scripts = $('script').toArray()
      expect(scripts).to.have.length.greaterThan(0)
      for (const script of scripts) expect($(script).attr('nonce')).to.equal(nonce)
    })

    it('stops sniffing, framing and referrer leaks, and hides the framework', async () => {
      const response = await request(testApp.app).get('/client')
      expect(response.headers['x-content-type-options']).to.equal('nosniff')
      expect(response.headers['referrer-policy']).to.equal('same-origin')
      expect(response.headers['x-frame-options']).to.equal('SAMEORIGIN')
      expect(response.headers).not.to.have.property('x-powered-by')
    })

    it('never lets pages be stored by the browser or proxies', async () => {
      for (const path of ['/client', '/ni/help', '/caseworker/sign-in', '/client/nowhere']) {
        const response = await request(testApp.app).get(path)
        expect(response.headers['cache-control'], path).to.equal('no-store')
      }
    })

    it('caches fingerprinted assets for a year and compresses them', async () => {
      const page = parseHtml((await request(testApp.app).get('/client')).text)
      const stylesheet = page('link[rel="stylesheet"]').attr('href')!
      expect(stylesheet).to.match(/^\/assets\/application-[0-9a-f]{10}\.css$/)
      const response = await request(testApp.app).get(stylesheet).set('Accept-Encoding', 'gzip')
      expect(response.status).to.equal(200)
      expect(response.headers['cache-control']).to.equal('public, max-age=31536000, immutable')
      expect(response.headers['content-encoding']).to.equal('gzip')
    })

    it('serves GOV.UK Frontend fonts and images', async () => {
      const font = await request(testApp.app).get('/assets/fonts/bold-b542beb274-v2.woff2')
      expect(font.status).to.equal(200)
      expect(font.headers['cache-control']).to.contain('immutable')
      expect((await request(testApp.app).get('/assets/images/favicon.svg')).status).to.equal(200)
    })
  })

  describe('cross-site request forgery', () => {
    it('refuses a form post without a token with a GOV.UK-styled 403 page', async () => {
      const response = await request(testApp.app).post('/caseworker/sign-in').type('form').send({ staffId: '35220900' })
      expect(response.status).to.equal(403)
      const $ = parseHtml(response.text)
      expect(textOf($, 'h1')).to.equal('Sorry, the page has expired')
      expect($('link[rel="stylesheet"]').attr('href')).to.match(/application-/)
    })

    it('refuses a token from another session', async () => {
      const other = request.agent(testApp.app)
      const token = csrfTokenFrom((await other.get('/caseworker/sign-in')).text)
      const response = await request.agent(testApp.app).post('/caseworker/sign-in').type('form').send({ _csrf: token })
      expect(response.status).to.equal(403)
    })

    it('lets a post with the session’s own token through to the route', async () => {
      const agent = request.agent(testApp.app)
      const token = csrfTokenFrom((await agent.get('/caseworker/sign-in')).text)
      const response = await agent.post('/caseworker/no-such-form').type('form').send({ _csrf: token })
      expect(response.status).to.equal(404)
    })

    it('refuses a multipart post, whose token cannot be read, on a route that takes no uploads', async () => {
      const agent = request.agent(testApp.app)
      const token = csrfTokenFrom((await agent.get('/caseworker/sign-in')).text)
      const response = await agent.post('/caseworker/sign-in').field('_csrf', token)
      expect(response.status).to.equal(403)
    })

    it('translates the expired page for Welsh users', async () => {
      const response = await request(testApp.app).post('/client/sign-in?lang=cy').type('form').send({})
      expect(response.status).to.equal(403)
      expect(textOf(parseHtml(response.text), 'h1')).to.equal('Mae’n ddrwg gennym, mae’r dudalen wedi dod i ben')
    })
  })

  describe('sessions', () => {
    it('starts no session for a visitor who has done nothing that needs one', async () => {
      const response = await request(testApp.app).get('/client')
      expect(response.headers['set-cookie']).to.equal(undefined)
    })

    it('keeps sessions in the database, with an HttpOnly SameSite=Lax cookie scoped per audience', async () => {
      const client = await request(testApp.app).get('/client?lang=cy')
      const cookie = String(client.headers['set-cookie'])
      expect(cookie).to.match(/^cmss_client=/)
      expect(cookie).to.contain('HttpOnly').and.contain('SameSite=Lax').and.contain('Path=/;')
      expect(cookie).not.to.contain('Secure')
      const staff = await request(testApp.app).get('/caseworker/sign-in')
      expect(String(staff.headers['set-cookie'])).to.match(/^cmss_caseworker=.*Path=\/caseworker;/)
      const sid = decodeURIComponent(/^cmss_client=s:([^.]+)/.exec(decodeURIComponent(cookie))![1]!)
      const row = await testApp.database.db('sessions').where({ sid }).first()
      expect(JSON.parse(row!.data)).to.include({ lang: 'cy' })
    })

    it('ends a session after 15 idle minutes', async () => {
      const agent = request.agent(testApp.app)
      await agent.get('/client?lang=cy')
      testApp.clock.advanceMinutes(14)
      expect(textOf(parseHtml((await agent.get('/client/help')).text), 'h1')).to.equal(
        'Cymorth a chwestiynau cyffredin',
      )
      testApp.clock.advanceMinutes(14)
      expect(textOf(parseHtml((await agent.get('/client/help')).text), 'h1')).to.equal(
        'Cymorth a chwestiynau cyffredin',
      )
      testApp.clock.advanceMinutes(16)
      expect(textOf(parseHtml((await agent.get('/client/help')).text), 'h1')).to.equal(
        'Help and frequently asked questions',
      )
    })

    it('does not let a client session open a staff tool', async () => {
      const client = await request(testApp.app).get('/client?lang=cy')
      const value = String(client.headers['set-cookie']).split(';')[0]!.replace('cmss_client=', '')
      const response = await request(testApp.app).get('/caseworker/sign-in').set('Cookie', `cmss_caseworker=${value}`)
      const sessions = await testApp.database.db('sessions').select('data')
      expect(response.status).to.equal(200)
      expect(sessions.every(row => !String(row.data).includes('"audience":"caseworker"'))).to.equal(true)
    })
  })

  describe('request limits', () => {
    it('refuses an oversized form post with a friendly page', async () => {
      const response = await request(testApp.app)
        .post('/client/sign-in')
        .type('form')
        .send({ note: 'x'.repeat(70 * 1024) })
      expect(response.status).to.equal(413)
      expect(textOf(parseHtml(response.text), 'h1')).to.equal('Sorry, there is a problem with what you sent')
    })
  })
})

describe('secure cookies in production', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ config: { env: 'production', trustProxy: true } })
  })
  after(() => testApp.close())

  it('marks the session cookie Secure behind an HTTPS proxy', async () => {
    const response = await request(testApp.app).get('/client?lang=cy').set('X-Forwarded-Proto', 'https')
    expect(String(response.headers['set-cookie'])).to.contain('Secure')
  })
})
