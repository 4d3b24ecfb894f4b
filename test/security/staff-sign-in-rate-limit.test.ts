import { expect } from 'chai'
import request from 'supertest'
import { createLogger } from '../../services/logger.ts'
import { csrfTokenFrom, parseHtml, textOf } from '../support/html.ts'
import { DEMO_STAFF_PASSWORD } from '../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'
import { collectLines } from '../support/log-lines.ts'

/*
 * Each staff tool's sign-in form takes a few posts per client address in 15 minutes, on top of each
 * account's lock-out: one address cannot try password after password across many staff IDs.
 */

const LIMIT = 3
const PAUL = '35220900' // holds a profile for both tools in the demo data
const NOBODY = '11112222'

const tools = [
  { name: 'caseworker intranet', signIn: '/caseworker/sign-in', system: 'cms2012', other: '/receipts-tool/sign-in' },
  {
    name: 'Receipts and Payments Tool',
    signIn: '/receipts-tool/sign-in',
    system: 'receipts_tool',
    other: '/caseworker/sign-in',
  },
]

/** Posts the sign-in form from one address, its token read from the page as a browser would. */
async function attempt(testApp: TestApp, path: string, address: string, staffId: string, password: string) {
  const agent = request.agent(testApp.app)
  const page = await agent.get(path).set('X-Forwarded-For', address)
  return agent
    .post(path)
    .set('X-Forwarded-For', address)
    .type('form')
    .send({ _csrf: csrfTokenFrom(page.text), staffId, password })
}

for (const tool of tools) {
  describe(`rate limit on the ${tool.name} sign-in`, () => {
    const lines: string[] = []
    let testApp: TestApp
    before(async () => {
      testApp = await createTestApp({
        demoData: true,
        // Behind the load balancer, the client address is the one it forwards.
        config: {
          trustProxy: true,
          rateLimits: { signIn: 30, pin: 30, enrolment: 30, signInCodes: 10, staffSignIn: LIMIT },
        },
        overrides: { logger: createLogger({ logLevel: 'info' }, collectLines(lines)) },
      })
    })
    after(() => testApp.close())

    it('refuses the attempt after the limit from one address, even with the right password, with a friendly page', async () => {
      for (let tries = 1; tries <= LIMIT; tries++) {
        expect((await attempt(testApp, tool.signIn, '203.0.113.7', NOBODY, 'Wrong-pass1')).status).to.equal(400)
      }
      const refused = await attempt(testApp, tool.signIn, '203.0.113.7', PAUL, DEMO_STAFF_PASSWORD)
      expect(refused.status).to.equal(429)
      expect(refused.headers['cache-control']).to.equal('no-store')
      const $ = parseHtml(refused.text)
      expect(textOf($, 'h1')).to.equal('Sorry, you’ve tried too many times')
      expect(textOf($, 'main')).to.contain('Wait 15 minutes, then try again.')
      expect($('.govuk-header, .govuk-service-navigation').text(), 'the staff tool’s own header').to.contain(
        tool.system === 'cms2012' ? 'caseworker intranet' : 'Transfer of Receipts to Future Scheme',
      )
      expect(refused.text).not.to.match(/TooManyRequestsError|at \S+ \(|node_modules/)
      expect(refused.headers['set-cookie'] ?? [], 'no session was started').to.satisfy((cookies: string[]) =>
        cookies.every(cookie => !cookie.startsWith('cmss_')),
      )
    })

    it('audits the first refusal in the window once, and logs each one', async () => {
      await attempt(testApp, tool.signIn, '203.0.113.7', PAUL, DEMO_STAFF_PASSWORD)
      const audited = await testApp.deps.auditLog.byAction('staff_sign_in_rate_limited')
      expect(audited).to.have.length(1)
      expect(audited[0]).to.include({ actorType: 'system', subjectType: 'staff_member', subjectId: PAUL })
      expect(audited[0]!.details).to.deep.equal({ system: tool.system, ipAddress: '203.0.113.7' })
      const refusals = lines
        .map(line => JSON.parse(line) as { msg?: string; kind?: string; path?: string })
        .filter(line => line.msg === 'request refused' && line.kind === 'tooMany' && line.path === tool.signIn)
      expect(refusals).to.have.length(2)
      expect(lines.join('')).not.to.contain(DEMO_STAFF_PASSWORD)
    })

    it('leaves the sign-in page, other addresses and the other tool alone', async () => {
      const page = await request(testApp.app).get(tool.signIn).set('X-Forwarded-For', '203.0.113.7')
      expect(page.status).to.equal(200)
      expect(textOf(parseHtml(page.text), 'h1')).to.equal('Sign in')
      for (let reads = 1; reads <= LIMIT + 2; reads++) {
        expect((await request(testApp.app).get(tool.signIn).set('X-Forwarded-For', '203.0.113.7')).status).to.equal(200)
      }
      expect((await attempt(testApp, tool.signIn, '198.51.100.20', PAUL, DEMO_STAFF_PASSWORD)).status).to.equal(302)
      expect((await attempt(testApp, tool.other, '203.0.113.7', PAUL, DEMO_STAFF_PASSWORD)).status).to.equal(302)
    })

    it('lets the address try again once the 15 minutes are over', async () => {
      testApp.clock.advanceMinutes(16)
      expect((await attempt(testApp, tool.signIn, '203.0.113.7', PAUL, DEMO_STAFF_PASSWORD)).status).to.equal(302)
    })
  })
}
