import { expect } from 'chai'
import request from 'supertest'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { CHRIS, PAUL, signInAs, submit, type Agent } from './sign-in-helpers.ts'

const administratorPages = [
  '/receipts-tool/users',
  '/receipts-tool/users/new',
  `/receipts-tool/users/${PAUL}/grant`,
  '/receipts-tool/users/35220900/profiles/1',
  '/receipts-tool/users/35220900/profiles/1/revoke',
]

const caseWorkerPages = [
  '/receipts-tool/cases',
  '/receipts-tool/cases/new',
  '/receipts-tool/cases/1',
  '/receipts-tool/cases/1/children/new',
  '/receipts-tool/cases/1/receipts/new',
  '/receipts-tool/cases/1/payments/new',
  '/receipts-tool/cases/1/entries/1/reverse',
  '/receipts-tool/cases/1/statement',
  '/receipts-tool/reports',
  '/receipts-tool/reports/receipts-and-payments',
  '/receipts-tool/reports/balances',
  '/receipts-tool/reports/money-held',
  '/receipts-tool/letters',
]

describe('receipts tool: who can reach what', () => {
  let testApp: TestApp
  let caseWorker: Agent
  let administrator: Agent
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    caseWorker = await signInAs(testApp.app, PAUL, 'case_worker')
    administrator = await signInAs(testApp.app, CHRIS)
  })
  after(() => testApp.close())

  it('opens each role’s own pages', async () => {
    for (const path of administratorPages) expect((await administrator.get(path)).status, path).to.equal(200)
    for (const path of caseWorkerPages) expect((await caseWorker.get(path)).status, path).to.equal(200)
  })

  it('refuses a Case Worker every administrator page, reading and posting', async () => {
    for (const path of administratorPages) {
      const response = await caseWorker.get(path)
      expect(response.status, path).to.equal(403)
      expect(response.text).to.contain('You do not have access to this page')
    }
    const response = await submit(caseWorker, '/receipts-tool/cases', '/receipts-tool/users/new', {
      staffId: '40000001',
      phone: '1234',
      action: 'save',
    })
    expect(response.status).to.equal(403)
    expect(await testApp.database.db('staff_members').where({ staff_id: '40000001' }).first()).to.equal(undefined)
  })

  it('refuses a System Administrator the case worker pages', async () => {
    for (const path of caseWorkerPages) expect((await administrator.get(path)).status, path).to.equal(403)
  })

  it('sends anyone not signed in to sign in, for every page', async () => {
    for (const path of [...administratorPages, ...caseWorkerPages, '/receipts-tool/menu', '/receipts-tool/user-role']) {
      const response = await request(testApp.app).get(path)
      expect([response.status, response.headers.location], path).to.deep.equal([302, '/receipts-tool/sign-in'])
    }
  })

  it('lets no client session in', async () => {
    const client = await request(testApp.app).get('/client?lang=cy')
    const value = String(client.headers['set-cookie']).split(';')[0]!.replace('cmss_client=', '')
    for (const path of ['/receipts-tool/menu', '/receipts-tool/users', '/receipts-tool/cases']) {
      const response = await request(testApp.app).get(path).set('Cookie', `cmss_receipts_tool=${value}`)
      expect(response.status, path).to.equal(302)
      expect(response.headers.location).to.match(/^\/receipts-tool\/sign(-in|ed-out)/)
    }
  })

  it('lets no caseworker intranet session in, even for a member who holds tool profiles', async () => {
    const agent = request.agent(testApp.app)
    const signedIn = await submit(agent, '/receipts-tool/sign-in', '/receipts-tool/sign-in', {
      staffId: CHRIS,
      password: 'Demo-staff-1',
    })
    const cookie = (signedIn.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!
    expect((await agent.get('/receipts-tool/users')).status).to.equal(200)
    // The same session, as the intranet would have made it.
    const sid = /^s:([^.]+)\./.exec(decodeURIComponent(cookie.replace('cmss_receipts_tool=', '')))![1]!
    const row = await testApp.database.db('sessions').where({ sid }).first()
    const data = JSON.parse(row!.data) as Record<string, unknown>
    expect(data.staff).to.deep.include({ staffId: CHRIS })
    await testApp.database
      .db('sessions')
      .where({ sid })
      .update({ data: JSON.stringify({ ...data, audience: 'caseworker' }) })
    const response = await request(testApp.app).get('/receipts-tool/users').set('Cookie', cookie)
    expect(response.status).to.equal(302)
  })

  it('takes a revoked role away at once, mid-session', async () => {
    const paulAsAdministrator = await signInAs(testApp.app, PAUL, 'system_administrator')
    expect((await paulAsAdministrator.get('/receipts-tool/users')).status).to.equal(200)
    const profile = await testApp.database
      .db('staff_profiles')
      .where({ staff_id: PAUL, system: 'receipts_tool', role: 'system_administrator' })
      .first()
    const revoked = await submit(
      administrator,
      `/receipts-tool/users/${PAUL}/profiles/${profile!.id}/revoke`,
      `/receipts-tool/users/${PAUL}/profiles/${profile!.id}/revoke`,
      {},
    )
    expect(revoked.status).to.equal(302)
    const response = await paulAsAdministrator.get('/receipts-tool/users')
    expect(response.headers.location).to.equal('/receipts-tool/user-role')
  })
})
