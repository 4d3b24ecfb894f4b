import { expect } from 'chai'
import request from 'supertest'
import type { Response } from 'supertest'
import { signIn } from '../support/client-journeys.ts'
import { csrfTokenFrom, parseHtml } from '../support/html.ts'
import { signedInCaseworker } from '../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { ANDREW, signInAs } from '../integration/receipts-tool/sign-in-helpers.ts'

/*
 * Nothing sends a visitor off the site on the say-so of a link, and no error page tells an
 * attacker how the service is built.
 */

const elsewhere = ['//evil.example', 'https://evil.example', '/\\evil.example', '/%5Cevil.example', '\\\\evil.example']
const returnParameters = ['next', 'returnTo', 'return_to', 'returnUrl', 'redirect', 'redirect_uri', 'continue', 'url']

/** A Location that stays on this site: a path, not a scheme-relative or backslashed one. */
function staysOnSite(location: string | undefined): boolean {
  if (location === undefined) return true
  return /^\/(?![/\\])/.test(location)
}

/** What an error page must not show: a stack frame, a source path, SQL or a database's own words. */
const giveaways = [
  /at [\w.<>]+ \(/,
  /\.ts:\d+/,
  /node_modules/,
  new RegExp(process.cwd().replace(/[/\\]/g, '.')),
  /\bselect\b.+\bfrom\b/i,
  /\binsert into\b/i,
  /SQLITE_|no such table|relation .* does not exist|knex/i,
  /Error:/,
]

function leaksIn(response: Response): string[] {
  return giveaways.filter(pattern => pattern.test(response.text)).map(pattern => String(pattern))
}

describe('open redirects', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  it('never redirects off the site from an address that looks like another site', async () => {
    const failures: string[] = []
    for (const target of elsewhere) {
      for (const path of [`/${target}`, `/${target}/`, `/assets/${target}`, `/client/${target}`, `/assets/images`]) {
        const response = await request(testApp.app).get(path)
        if (!staysOnSite(response.headers.location)) failures.push(`${path} → ${response.headers.location}`)
      }
    }
    expect(failures).to.deep.equal([])
  })

  it('keeps the language links on the site whatever address the page was asked for', async () => {
    for (const target of elsewhere) {
      const response = await request(testApp.app).get(`/${target}/client?lang=cy`)
      const $ = parseHtml(response.text)
      for (const link of $('a[href*="lang="]').toArray()) {
        expect(staysOnSite($(link).attr('href')), `${target}: ${$(link).attr('href')}`).to.equal(true)
      }
    }
  })

  it('ignores return addresses given to sign-in, sign-out and the language switch', async () => {
    const failures: string[] = []
    const check = (what: string, response: Response) => {
      if (!staysOnSite(response.headers.location)) failures.push(`${what} → ${response.headers.location}`)
    }
    for (const name of returnParameters) {
      const query = `?${name}=${encodeURIComponent('https://evil.example/')}&lang=cy`
      const client = request.agent(testApp.app)
      const password = await client.get(`/client/sign-in${query}`)
      const passwordStep = await client
        .post(`/client/sign-in${query}`)
        .type('form')
        .send({ _csrf: csrfTokenFrom(password.text), userId: '2061 2145 0971', password: 'Demo1234' })
      check(`client sign-in ${name}`, passwordStep)
      const home = await client.get(`/client/home${query}`)
      check(`client home ${name}`, home)
      const { agent: caseworker, response: staffSignIn } = await signedInCaseworker(testApp.app)
      check(`caseworker sign-in ${name}`, staffSignIn)
      const page = await caseworker.get(`/caseworker/find-a-client${query}`)
      const signOut = await caseworker
        .post(`/caseworker/sign-out${query}`)
        .type('form')
        .send({ _csrf: csrfTokenFrom(page.text) })
      check(`caseworker sign-out ${name}`, signOut)
    }
    const signedIn = request.agent(testApp.app)
    const pinStep = await signIn(signedIn, '3012 4578 9023', 'Demo1234', '5318642')
    check('client PIN step', pinStep)
    expect(failures).to.deep.equal([])
  })
})

describe('error pages', () => {
  for (const env of ['development', 'production'] as const) {
    describe(`in ${env}`, () => {
      let testApp: TestApp
      before(async () => {
        testApp = await createTestApp({ demoData: true, config: { env, trustProxy: true } })
      })
      after(() => testApp.close())

      it('leaks no stack, path or SQL on the not-found and expired pages', async () => {
        const pages: Array<[string, Response, number]> = [
          ['not found', await request(testApp.app).get('/client/no-such-page'), 404],
          ['not found (staff)', await request(testApp.app).get('/caseworker/no-such-page'), 404],
          ['not found (Northern Ireland, Welsh)', await request(testApp.app).get('/ni/nowhere?lang=cy'), 404],
          ['expired form', await request(testApp.app).post('/client/sign-in').type('form').send({}), 403],
          ['expired staff form', await request(testApp.app).post('/receipts-tool/sign-in').type('form').send({}), 403],
        ]
        for (const [what, response, status] of pages) {
          expect(response.status, what).to.equal(status)
          expect(leaksIn(response), what).to.deep.equal([])
        }
      })

      it('leaks no stack, path or SQL when a database query fails', async () => {
        const https = { 'X-Forwarded-Proto': 'https' }
        const page = await request(testApp.app).get('/caseworker/sign-in').set(https)
        const cookie = String(page.headers['set-cookie']).split(';')[0]!
        await testApp.database.db.schema.renameTable('staff_members', 'staff_members_gone')
        try {
          const response = await request(testApp.app)
            .post('/caseworker/sign-in')
            .set(https)
            .set('Cookie', cookie)
            .type('form')
            .send({ _csrf: csrfTokenFrom(page.text), staffId: '35220900', password: 'Demo-staff-1' })
          expect(response.status).to.equal(500)
          expect(leaksIn(response)).to.deep.equal([])
          expect(response.text).not.to.contain('staff_members')
        } finally {
          await testApp.database.db.schema.renameTable('staff_members_gone', 'staff_members')
        }
      })
    })
  }

  describe('for signed-in users', () => {
    let testApp: TestApp
    before(async () => {
      testApp = await createTestApp({ demoData: true })
    })
    after(() => testApp.close())

    it('leaks nothing on the forbidden page', async () => {
      const receiptsCaseWorker = await signInAs(testApp.app, ANDREW, 'case_worker')
      const response = await receiptsCaseWorker.get('/receipts-tool/users')
      expect(response.status).to.equal(403)
      expect(leaksIn(response)).to.deep.equal([])
    })

    it('leaks no stack, path or SQL when a database query fails', async () => {
      const agent = request.agent(testApp.app)
      await signIn(agent, '2061 2145 0971', 'Demo1234', '9753108')
      await testApp.database.db.schema.renameTable('cases', 'cases_gone')
      try {
        const response = await agent.get('/client/my-cases')
        expect(response.status).to.equal(500)
        expect(parseHtml(response.text)('h1').text().trim()).to.equal('Sorry, there is a problem with the service')
        expect(leaksIn(response)).to.deep.equal([])
        expect(response.text).not.to.contain('cases_gone')
      } finally {
        await testApp.database.db.schema.renameTable('cases_gone', 'cases')
      }
    })
  })
})
