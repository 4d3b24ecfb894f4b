import { expect } from 'chai'
import request from 'supertest'
import { verifyPassword } from '../../../services/password.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { CHRIS, signInAs, submit, type Agent } from './sign-in-helpers.ts'

const CHANGE = '/receipts-tool/change-password'

describe('receipts tool: a new user’s temporary password', () => {
  let testApp: TestApp
  let admin: Agent
  let temporaryPassword: string
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    admin = await signInAs(testApp.app, CHRIS)
    await submit(admin, '/receipts-tool/users/new', '/receipts-tool/users/new', {
      staffId: '40000002',
      phone: '5555',
      action: 'save',
    })
    const grant = '/receipts-tool/users/40000002/grant'
    const page = parseHtml((await admin.get(grant)).text)
    temporaryPassword = textOf(page, '.app-temporary-password')
    await submit(admin, grant, grant, { role: 'case_worker' })
  })
  after(() => testApp.close())

  it('is shown to the administrator once, and kept only as a hash', async () => {
    expect(temporaryPassword).to.match(/^\w{4}-\w{4}-\w{4}$/)
    const again = parseHtml((await admin.get('/receipts-tool/users/40000002/grant')).text)
    expect(again('.app-temporary-password')).to.have.length(0)
    const member = await testApp.database.db('staff_members').where({ staff_id: '40000002' }).first()
    expect(member!.password_hash).not.to.contain(temporaryPassword)
    expect(await verifyPassword(temporaryPassword, member!.password_hash!)).to.equal(true)
    expect(Boolean(member!.password_change_required)).to.equal(true)
    const sessions = await testApp.database.db('sessions').select('data')
    expect(sessions.some(row => row.data.includes(temporaryPassword))).to.equal(false)
  })

  it('must be changed at first sign-in before anything else opens', async () => {
    const priya = request.agent(testApp.app)
    const signedIn = await submit(priya, '/receipts-tool/sign-in', '/receipts-tool/sign-in', {
      staffId: '40000002',
      password: temporaryPassword,
    })
    expect(signedIn.headers.location).to.equal(CHANGE)
    for (const path of ['/receipts-tool/menu', '/receipts-tool/cases', '/receipts-tool/user-role']) {
      expect((await priya.get(path)).headers.location, path).to.equal(CHANGE)
    }

    for (const [fields, message] of [
      [{ newPassword: '', confirmPassword: '' }, 'Enter a new password'],
      [{ newPassword: 'short', confirmPassword: 'short' }, 'Password must be 10 characters or more'],
      [{ newPassword: 'correct horse battery', confirmPassword: 'correct horse' }, 'The passwords do not match'],
      [
        { newPassword: temporaryPassword, confirmPassword: temporaryPassword },
        'Enter a password different from your temporary password',
      ],
    ] as const) {
      const response = await submit(priya, CHANGE, CHANGE, fields)
      expect(response.status).to.equal(400)
      expect(textOf(parseHtml(response.text), '.govuk-error-summary__list')).to.equal(message)
    }

    const changed = await submit(priya, CHANGE, CHANGE, {
      newPassword: 'correct horse battery',
      confirmPassword: 'correct horse battery',
    })
    expect(changed.headers.location).to.equal('/receipts-tool/menu')
    const menu = parseHtml((await priya.get('/receipts-tool/menu')).text)
    expect(textOf(menu, 'h1')).to.equal('Case Worker menu')
    expect(textOf(menu, '.govuk-notification-banner')).to.contain('Your password has been changed')
    expect((await priya.get(CHANGE)).headers.location).to.equal('/receipts-tool/menu')
    const [audit] = await testApp.deps.auditLog.byAction('staff_password_changed')
    expect(audit!.actorId).to.equal('40000002')
  })

  it('no longer works once changed, and the new password does', async () => {
    const old = await submit(request.agent(testApp.app), '/receipts-tool/sign-in', '/receipts-tool/sign-in', {
      staffId: '40000002',
      password: temporaryPassword,
    })
    expect(old.status).to.equal(400)
    const agent = await signInAs(testApp.app, '40000002', undefined, 'correct horse battery')
    expect((await agent.get('/receipts-tool/cases')).status).to.equal(200)
  })
})
