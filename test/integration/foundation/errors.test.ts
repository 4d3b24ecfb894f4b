import { expect } from 'chai'
import request from 'supertest'
import { SIGNED_IN_MARKER } from '../../../middleware/client-access.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { parseHtml, textOf } from '../../support/html.ts'

describe('error pages', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ config: { env: 'production', trustProxy: true } })
  })
  after(() => testApp.close())

  it('answers an unknown path with the page-not-found page', async () => {
    const response = await request(testApp.app).get('/no/such/page')
    expect(response.status).to.equal(404)
    const $ = parseHtml(response.text)
    expect(textOf($, 'h1')).to.equal('Page not found')
    expect($('main a[href="/client/contact"]')).to.have.length(1)
  })

  it('keeps the Northern Ireland site’s links on its own 404 page', async () => {
    const $ = parseHtml((await request(testApp.app).get('/ni/no-such-page')).text)
    expect($('main a[href="/ni/contact"]')).to.have.length(1)
  })

  it('shows staff their own layout on a staff 404 page', async () => {
    const $ = parseHtml((await request(testApp.app).get('/receipts-tool/no-such-page')).text)
    expect(textOf($, '.govuk-service-navigation__service-name')).to.equal('Transfer of Receipts to Future Scheme')
    expect($('main a')).to.have.length(0)
  })

  /** A live session whose store then breaks, so its next page fails before the session is read. */
  async function withBrokenSessionStore(check: (cookie: string) => Promise<void>) {
    const started = await request(testApp.app).get('/client?lang=en').set('X-Forwarded-Proto', 'https')
    const cookie = String(started.headers['set-cookie']).split(';')[0]!
    await testApp.database.db.schema.renameTable('sessions', 'sessions_gone')
    try {
      await check(cookie)
    } finally {
      await testApp.database.db.schema.renameTable('sessions_gone', 'sessions')
    }
  }

  it('shows the problem page, and no stack trace, when something fails in production', async () => {
    await withBrokenSessionStore(async cookie => {
      const response = await request(testApp.app)
        .get('/client/help')
        .set('X-Forwarded-Proto', 'https')
        .set('Cookie', cookie)
      expect(response.status).to.equal(500)
      const $ = parseHtml(response.text)
      expect(textOf($, 'h1')).to.equal('Sorry, there is a problem with the service')
      expect(response.text).not.to.match(/at .*\.ts:\d+|SQLITE|sessions_gone|no such table|Error:/)
    })
  })

  it('shows a signed-in client the problem page in their language when their session cannot be read', async () => {
    await withBrokenSessionStore(async cookie => {
      const page = (path: string) =>
        request(testApp.app)
          .get(path)
          .set('X-Forwarded-Proto', 'https')
          .set('Cookie', `${cookie}; ${SIGNED_IN_MARKER}=cy`)
      const welsh = parseHtml((await page('/client/home')).text)
      expect(welsh('html').attr('lang')).to.equal('cy')
      expect(textOf(welsh, 'h1')).to.equal('Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth')
      // A language asked for in the address still wins.
      expect(textOf(parseHtml((await page('/client/home?lang=en')).text), 'h1')).to.equal(
        'Sorry, there is a problem with the service',
      )
    })
  })
})
