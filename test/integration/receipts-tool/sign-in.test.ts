import { expect } from 'chai'
import request from 'supertest'
import { hashPassword } from '../../../services/password.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { ANDREW, CHRIS, PASSWORD, PAUL, signInAs, submit } from './sign-in-helpers.ts'

const SIGN_IN = '/receipts-tool/sign-in'

function cookieOf(response: request.Response): string | undefined {
  const cookies = response.headers['set-cookie'] as unknown as string[] | undefined
  return cookies?.find(cookie => cookie.startsWith('cmss_receipts_tool='))?.split(';')[0]
}

describe('receipts tool: sign-in, user role and sign-out', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  const signInFails = async (staffId: string, password: string) => {
    const response = await submit(request.agent(testApp.app), SIGN_IN, SIGN_IN, { staffId, password })
    expect(response.status).to.equal(400)
    return parseHtml(response.text)
  }

  it('sends a staff member with one profile straight to that role’s menu', async () => {
    const agent = await signInAs(testApp.app, CHRIS)
    expect((await agent.get('/receipts-tool')).headers.location).to.equal('/receipts-tool/menu')
    const $ = parseHtml((await agent.get('/receipts-tool/menu')).text)
    expect(textOf($, 'h1')).to.equal('Administrator menu')
    expect($('main a[href="/receipts-tool/users"]').text()).to.equal('Maintain Users')
    expect($('main a[href="/receipts-tool/cases"]')).to.have.length(0)
    expect($('a[href="/receipts-tool/user-role"]')).to.have.length(0)
  })

  it('asks a member with two profiles to choose, and the role chosen decides the menu', async () => {
    const agent = request.agent(testApp.app)
    const signedIn = await submit(agent, SIGN_IN, SIGN_IN, { staffId: PAUL, password: PASSWORD })
    expect(signedIn.headers.location).to.equal('/receipts-tool/user-role')
    const choice = parseHtml((await agent.get('/receipts-tool/user-role')).text)
    expect(
      choice('input[name="role"]')
        .map((_i, input) => choice(input).val())
        .get(),
    ).to.deep.equal(['system_administrator', 'case_worker'])
    // Until a role is chosen, the menus stay shut.
    expect((await agent.get('/receipts-tool/menu')).headers.location).to.equal('/receipts-tool/user-role')

    await submit(agent, '/receipts-tool/user-role', '/receipts-tool/user-role', { role: 'case_worker' })
    let $ = parseHtml((await agent.get('/receipts-tool/menu')).text)
    expect(textOf($, 'h1')).to.equal('Case Worker menu')
    expect($('main a[href="/receipts-tool/cases"]').text()).to.equal('Exceptional cases')
    expect($('main a[href="/receipts-tool/users"]')).to.have.length(0)
    expect(textOf($, '[data-status="user-role"]')).to.equal('Case Worker')

    await submit(agent, '/receipts-tool/user-role', '/receipts-tool/user-role', { role: 'system_administrator' })
    $ = parseHtml((await agent.get('/receipts-tool/menu')).text)
    expect(textOf($, 'h1')).to.equal('Administrator menu')
    expect(textOf($, '[data-status="user-role"]')).to.equal('System Administrator')
  })

  it('refuses a role the member does not hold', async () => {
    const agent = await signInAs(testApp.app, CHRIS)
    const response = await submit(agent, '/receipts-tool/user-role', '/receipts-tool/user-role', {
      role: 'case_worker',
    })
    expect(response.status).to.equal(400)
    expect(textOf(parseHtml(response.text), '.govuk-error-summary')).to.contain('Select your user role')
  })

  it('shows the status box on every page: current user, role, system name and system date', async () => {
    const agent = await signInAs(testApp.app, ANDREW, 'case_worker')
    const $ = parseHtml((await agent.get('/receipts-tool/cases')).text)
    expect(textOf($, '[data-status="current-user"]')).to.equal('57261910 - Andrew Shepherd')
    expect(textOf($, '[data-status="user-role"]')).to.equal('Case Worker')
    expect(textOf($, '[data-status="system-name"]')).to.equal('Transfer of Receipts to Future Scheme')
    expect(textOf($, '[data-status="system-date"]')).to.equal('23/11/2026')
    const signInPage = parseHtml((await request(testApp.app).get(SIGN_IN)).text)
    expect(textOf(signInPage, '[data-status="system-name"]')).to.equal('Transfer of Receipts to Future Scheme')
    expect(signInPage('[data-status="current-user"]')).to.have.length(0)
  })

  it('asks for the staff ID and password when they are missing', async () => {
    const $ = await signInFails('', '')
    expect(
      $('.govuk-error-summary a')
        .map((_i, link) => $(link).text())
        .get(),
    ).to.deep.equal(['Enter your staff ID', 'Enter your password'])
    expect($('title').text()).to.match(/^Error: Sign in/)
  })

  it('says only that the staff ID or password is wrong, whichever it is', async () => {
    for (const [staffId, password] of [
      [PAUL, 'wrong-password'],
      ['99999999', PASSWORD],
    ] as const) {
      const $ = await signInFails(staffId, password)
      expect(textOf($, '.govuk-error-summary__list')).to.equal('Your staff ID or password is wrong')
      expect($('#staffId').val()).to.equal(staffId)
      expect($('#password').val()).to.equal(undefined)
    }
  })

  it('gives a new session id at sign-in', async () => {
    const agent = request.agent(testApp.app)
    const before = cookieOf(await agent.get(SIGN_IN))
    const signedIn = await submit(agent, SIGN_IN, SIGN_IN, { staffId: CHRIS, password: PASSWORD })
    expect(cookieOf(signedIn)).to.be.a('string').and.not.equal(before)
  })

  it('signs out, ending the session so its cookie opens nothing', async () => {
    const agent = request.agent(testApp.app)
    const sessionCookie = cookieOf(await submit(agent, SIGN_IN, SIGN_IN, { staffId: CHRIS, password: PASSWORD }))!
    expect((await request(testApp.app).get('/receipts-tool/menu').set('Cookie', sessionCookie)).status).to.equal(200)
    const response = await submit(agent, '/receipts-tool/menu', '/receipts-tool/sign-out', {})
    expect(response.headers.location).to.equal('/receipts-tool/signed-out')
    expect(String(response.headers['set-cookie'])).to.match(/^cmss_receipts_tool=;/)
    expect(textOf(parseHtml((await agent.get('/receipts-tool/signed-out')).text), 'h1')).to.equal(
      'You have been signed out',
    )
    const replay = await request(testApp.app).get('/receipts-tool/menu').set('Cookie', sessionCookie)
    expect(replay.status).to.equal(302)
    expect(replay.headers.location).to.equal('/receipts-tool/signed-out?reason=timeout')
    expect(await testApp.deps.auditLog.byAction('staff_signed_out')).to.have.length.greaterThan(0)
  })

  it('shows the signed-out page after 15 idle minutes', async () => {
    const agent = await signInAs(testApp.app, CHRIS)
    testApp.clock.advanceMinutes(16)
    const response = await agent.get('/receipts-tool/users')
    expect(response.headers.location).to.equal('/receipts-tool/signed-out?reason=timeout')
    const $ = parseHtml((await agent.get(response.headers.location!)).text)
    expect(textOf($, 'main')).to.contain('had not done anything for 15 minutes')
  })

  it('sends a visitor who never signed in to the sign-in page', async () => {
    const response = await request(testApp.app).get('/receipts-tool/users')
    expect(response.headers.location).to.equal(SIGN_IN)
    expect((await request(testApp.app).get('/receipts-tool')).headers.location).to.equal(SIGN_IN)
  })

  it('turns away a member with no profile for the tool', async () => {
    await testApp.database.db('staff_members').insert({
      staff_id: '40000002',
      name: 'Priya Shah',
      email: 'PRIYA.SHAH@CHILDMAINTENANCE.GSI.GOV.UK',
      password_hash: await hashPassword(PASSWORD),
      created_at: '2026-11-23T10:00:00.000Z',
      updated_at: '2026-11-23T10:00:00.000Z',
    })
    await testApp.database.db('staff_profiles').insert({
      staff_id: '40000002',
      system: 'cms2012',
      role: 'case_worker',
      granted_at: '2026-11-23T10:00:00.000Z',
    })
    const $ = await signInFails('40000002', PASSWORD)
    expect(textOf($, '.govuk-error-summary__list')).to.contain(
      'You do not have a profile for the Receipts and Payments Tool',
    )
  })
})

describe('receipts tool: locking after failed sign-ins', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  const attempt = async (password: string) => {
    const response = await submit(request.agent(testApp.app), SIGN_IN, SIGN_IN, { staffId: CHRIS, password })
    return response.status === 302 ? 'signed in' : textOf(parseHtml(response.text), '.govuk-error-summary__list')
  }

  it('locks the account for 30 minutes after 5 failures in a row, even for the right password', async () => {
    for (let failure = 1; failure <= 4; failure += 1) {
      expect(await attempt('wrong')).to.equal('Your staff ID or password is wrong')
    }
    expect(await attempt('wrong')).to.contain('Your account is locked')
    expect(await attempt(PASSWORD)).to.contain('Your account is locked')
    testApp.clock.advanceMinutes(29)
    expect(await attempt(PASSWORD)).to.contain('Your account is locked')
    testApp.clock.advanceMinutes(2)
    expect(await attempt(PASSWORD)).to.equal('signed in')
    const locked = await testApp.deps.auditLog.byAction('staff_account_locked')
    expect(locked.map(entry => entry.actorId)).to.deep.equal([CHRIS])
  })

  it('counts only failures in a row: a success starts the count again', async () => {
    for (let failure = 1; failure <= 4; failure += 1) await attempt('wrong')
    expect(await attempt(PASSWORD)).to.equal('signed in')
    for (let failure = 1; failure <= 4; failure += 1) {
      expect(await attempt('wrong')).to.equal('Your staff ID or password is wrong')
    }
  })
})
