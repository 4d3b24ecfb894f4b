import { expect } from 'chai'
import request, { type Response } from 'supertest'
import { signInWithPassword } from '../../support/client-journeys.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

/*
 * The landing page is rendered once per region and language for visitors who are not signed in, and
 * sent from memory afterwards: each copy must still carry its own response's nonce, and nobody may be
 * sent a copy meant for another region, language or address, or the anonymous copy once signed in.
 */

function nonceOf(response: Response): string {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(String(response.headers['content-security-policy']))![1]!
}

function scriptNonces(response: Response): string[] {
  const $ = parseHtml(response.text)
  return $('script')
    .map((_index, script) => $(script).attr('nonce') ?? '')
    .get()
}

describe('the anonymous landing page kept in memory', () => {
  let testApp: TestApp
  let renders: string[]
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    const render = testApp.app.render.bind(testApp.app)
    testApp.app.render = ((view: string, options: object, callback: never) => {
      renders.push(view)
      render(view, options, callback)
    }) as typeof testApp.app.render
  })
  beforeEach(() => {
    renders = []
  })
  after(() => testApp.close())

  it('renders the page once, then sends the copy with each response’s own nonce', async () => {
    const first = await request(testApp.app).get('/client')
    const second = await request(testApp.app).get('/client')
    const third = await request(testApp.app).get('/client')
    expect(renders.filter(view => view === 'pages/client/landing')).to.have.length(1)
    for (const response of [first, second, third]) {
      expect(response.status).to.equal(200)
      expect(response.headers['content-type']).to.equal('text/html; charset=utf-8')
      expect(response.headers['cache-control']).to.equal('no-store')
      expect(scriptNonces(response)).to.have.length.greaterThan(0)
      expect(new Set(scriptNonces(response))).to.deep.equal(new Set([nonceOf(response)]))
    }
    expect(new Set([first, second, third].map(nonceOf)).size).to.equal(3)
    expect(second.text.replaceAll(nonceOf(second), '')).to.equal(first.text.replaceAll(nonceOf(first), ''))
  })

  it('keeps a copy per region and language', async () => {
    await request(testApp.app).get('/client')
    const welsh = parseHtml((await request(testApp.app).get('/client?lang=cy')).text)
    expect(welsh('html').attr('lang')).to.equal('cy')
    expect(welsh('a.govuk-button--start').attr('href')).to.equal('/client/sign-in')
    const northernIreland = parseHtml((await request(testApp.app).get('/ni')).text)
    expect(textOf(northernIreland, '.govuk-service-navigation__service-name')).to.equal(
      'Northern Ireland Child Maintenance Service',
    )
    expect(northernIreland('a.govuk-button--start').attr('href')).to.equal('/ni/sign-in')
    const english = parseHtml((await request(testApp.app).get('/client?lang=en')).text)
    expect(english('html').attr('lang')).to.equal('en')
  })

  it('follows the language a visitor chose earlier in their session', async () => {
    await request(testApp.app).get('/client')
    const agent = request.agent(testApp.app)
    await agent.get('/client/help?lang=cy')
    const $ = parseHtml((await agent.get('/client')).text)
    expect($('html').attr('lang')).to.equal('cy')
  })

  it('starts no session for a first visit, but remembers a language chosen on the way in', async () => {
    await request(testApp.app).get('/client')
    const first = await request(testApp.app).get('/client')
    expect(first.headers['set-cookie']).to.equal(undefined)
    const agent = request.agent(testApp.app)
    const welsh = await agent.get('/client?lang=cy')
    expect(String(welsh.headers['set-cookie'])).to.match(/^cmss_client=/)
    const $ = parseHtml((await agent.get('/client')).text)
    expect($('html').attr('lang')).to.equal('cy')
  })

  it('renders afresh an address with other query values, which the language links repeat', async () => {
    await request(testApp.app).get('/client')
    const $ = parseHtml((await request(testApp.app).get('/client?from=leaflet')).text)
    expect($('a[hreflang="cy"]').attr('href')).to.equal('/client?from=leaflet&lang=cy')
    expect(renders).to.include('pages/client/landing')
  })

  it('renders afresh for a visitor signed in with their password, who can sign out', async () => {
    await request(testApp.app).get('/client')
    const agent = request.agent(testApp.app)
    const signedIn = await signInWithPassword(agent, '206121450971', 'Demo1234')
    expect(signedIn.status).to.equal(302)
    renders = []
    const $ = parseHtml((await agent.get('/client')).text)
    expect($('form.app-sign-out-form input[name="_csrf"]').val()).to.have.length.greaterThan(20)
    expect(renders).to.include('pages/client/landing')
  })
})
