import { expect } from 'chai'
import request from 'supertest'
import { AuditLog } from '../../../models/audit.model.ts'
import { StaffModel } from '../../../models/staff.model.ts'
import { hashPassword } from '../../../services/password.ts'
import { UserMaintenance } from '../../../services/receipts-tool/user-maintenance.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { ANDREW, CHRIS, PASSWORD, PAUL, signInAs, submit, type Agent } from './sign-in-helpers.ts'

const NEW_USER = '/receipts-tool/users/new'

function errorsOn(html: string): string[] {
  const $ = parseHtml(html)
  return $('.govuk-error-summary a')
    .map((_i, link) => $(link).text().trim())
    .get()
}

function tableRows(html: string): string[][] {
  const $ = parseHtml(html)
  return $('main tbody tr')
    .toArray()
    .map(row =>
      $(row)
        .find('td')
        .toArray()
        .slice(0, 5)
        .map(cell => $(cell).text().trim()),
    )
}

describe('receipts tool: Maintain Users', () => {
  let testApp: TestApp
  let admin: Agent
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    admin = await signInAs(testApp.app, CHRIS)
  })
  after(() => testApp.close())

  const profileId = async (staffId: string, role: string) =>
    (await testApp.database.db('staff_profiles').where({ staff_id: staffId, system: 'receipts_tool', role }).first())!
      .id

  it('lists one row per profile, as the seed shows, with an edit link for each', async () => {
    const response = await admin.get('/receipts-tool/users')
    expect(tableRows(response.text).slice(0, 4)).to.deep.equal([
      ['35220900', 'Paul Cox', '09198765', 'PAUL.COX1@CHILDMAINTENANCE.GSI.GOV.UK', 'System Administrator'],
      ['35220900', 'Paul Cox', '09198765', 'PAUL.COX1@CHILDMAINTENANCE.GSI.GOV.UK', 'Case Worker'],
      ['57261910', 'Andrew Shepherd', '1234', 'ANDREW.SHEPHERD@CHILDMAINTENANCE.GSI.GOV.UK', 'System Administrator'],
      ['57261910', 'Andrew Shepherd', '1234', 'ANDREW.SHEPHERD@CHILDMAINTENANCE.GSI.GOV.UK', 'Case Worker'],
    ])
    const $ = parseHtml(response.text)
    expect($('main tbody tr a').first().attr('href')).to.match(/^\/receipts-tool\/users\/35220900\/profiles\/\d+$/)
    expect($('a[href="/receipts-tool/users/new"]').text().trim()).to.equal('Create user')
    expect($('a[href="/receipts-tool/menu"]').text()).to.contain('Close')
  })

  describe('create user', () => {
    it('fills name and email from the staff directory with the Find button', async () => {
      const response = await submit(admin, NEW_USER, NEW_USER, { staffId: '40000001', phone: '', action: 'find' })
      expect(response.status).to.equal(200)
      const $ = parseHtml(response.text)
      expect(textOf($, '.govuk-summary-list'))
        .to.contain('Sam Taylor')
        .and.contain('SAM.TAYLOR@CHILDMAINTENANCE.GSI.GOV.UK')
      expect($('#staffId').val()).to.equal('40000001')
      expect($('.govuk-error-summary')).to.have.length(0)
    })

    for (const [staffId, message] of [
      ['', 'Enter a staff ID'],
      ['12a45', 'Staff ID must only include numbers 0 to 9'],
      ['1234567890', 'Staff ID must be 9 numbers or fewer'],
      ['40000099', 'Staff ID 40000099 is not in the staff directory'],
      [PAUL, 'Staff ID 35220900 already has a user record'],
    ]) {
      it(`says “${message}” for the staff ID “${staffId}”`, async () => {
        for (const action of ['find', 'save']) {
          const response = await submit(admin, NEW_USER, NEW_USER, { staffId: staffId!, phone: '4321', action })
          expect(response.status).to.equal(400)
          expect(errorsOn(response.text)[0]).to.equal(message)
          expect(parseHtml(response.text)('#phone').val()).to.equal('4321')
        }
      })
    }

    it('needs a phone number to save', async () => {
      const missing = await submit(admin, NEW_USER, NEW_USER, { staffId: '40000001', phone: '', action: 'save' })
      expect(errorsOn(missing.text)).to.deep.equal(['Enter a phone number'])
      const wrong = await submit(admin, NEW_USER, NEW_USER, { staffId: '40000001', phone: 'call me', action: 'save' })
      expect(errorsOn(wrong.text)[0]).to.match(/^Enter a phone number, like/)
      expect(await testApp.database.db('staff_members').where({ staff_id: '40000001' }).first()).to.equal(undefined)
    })

    it('saves the user from the directory, then offers to grant a profile', async () => {
      const response = await submit(admin, NEW_USER, NEW_USER, { staffId: '40000001', phone: '4321', action: 'save' })
      expect(response.headers.location).to.equal('/receipts-tool/users/40000001/grant')
      const $ = parseHtml((await admin.get('/receipts-tool/users/40000001/grant')).text)
      expect(textOf($, '.govuk-notification-banner')).to.contain(
        'You have successfully added the new user record to the database',
      )
      expect(textOf($, 'h1')).to.equal('Grant user profile')
      expect(textOf($, '.govuk-summary-list')).to.contain('40000001').and.contain('Sam Taylor')
      const saved = await testApp.database.db('staff_members').where({ staff_id: '40000001' }).first()
      expect([saved!.name, saved!.email, saved!.phone]).to.deep.equal([
        'Sam Taylor',
        'SAM.TAYLOR@CHILDMAINTENANCE.GSI.GOV.UK',
        '4321',
      ])
      const [audit] = await testApp.deps.auditLog.byAction('staff_user_created')
      expect([audit!.actorId, audit!.subjectId]).to.deep.equal([CHRIS, '40000001'])
    })
  })

  describe('grant user profile', () => {
    const GRANT = '/receipts-tool/users/40000001/grant'

    it('asks for a role', async () => {
      const response = await submit(admin, GRANT, GRANT, { role: '' })
      expect(response.status).to.equal(400)
      expect(errorsOn(response.text)).to.deep.equal(['Select a role'])
    })

    it('grants Case Worker, and the user shows in the list', async () => {
      const response = await submit(admin, GRANT, GRANT, { role: 'case_worker' })
      expect(response.headers.location).to.equal(GRANT)
      expect(textOf(parseHtml((await admin.get(GRANT)).text), '.govuk-notification-banner')).to.contain(
        'Case Worker profile granted to 40000001',
      )
      const rows = tableRows((await admin.get('/receipts-tool/users')).text)
      expect(rows).to.deep.include([
        '40000001',
        'Sam Taylor',
        '4321',
        'SAM.TAYLOR@CHILDMAINTENANCE.GSI.GOV.UK',
        'Case Worker',
      ])
      const [audit] = await testApp.deps.auditLog.byAction('staff_profile_granted')
      expect(audit!.actorId).to.equal(CHRIS)
      expect(audit!.details).to.deep.equal({ system: 'receipts_tool', role: 'case_worker' })
    })

    it('will not grant the same profile twice, and offers only the profiles not held', async () => {
      const $ = parseHtml((await admin.get(GRANT)).text)
      expect(
        $('#role option')
          .map((_i, option) => $(option).val())
          .get(),
      ).to.deep.equal(['', 'system_administrator'])
      const response = await submit(admin, GRANT, GRANT, { role: 'case_worker' })
      expect(errorsOn(response.text)).to.deep.equal(['Staff ID 40000001 already has the Case Worker profile'])
    })

    it('adds a second profile from the edit screen, so the user shows twice', async () => {
      const edit = parseHtml(
        (await admin.get(`/receipts-tool/users/40000001/profiles/${await profileId('40000001', 'case_worker')}`)).text,
      )
      const addLink = edit('a').filter((_i, link) => edit(link).text().trim() === 'Add new profile for this user')
      expect(addLink.attr('href')).to.equal(GRANT)
      await submit(admin, GRANT, GRANT, { role: 'system_administrator' })
      const rows = tableRows((await admin.get('/receipts-tool/users')).text).filter(row => row[0] === '40000001')
      expect(rows.map(row => row[4])).to.deep.equal(['System Administrator', 'Case Worker'])
    })

    it('is a 404 for someone who is not a user', async () => {
      expect((await admin.get('/receipts-tool/users/40000002/grant')).status).to.equal(404)
    })
  })

  describe('edit user', () => {
    it('shows the seed’s fields and buttons, and saves changes with an audit entry', async () => {
      const path = `/receipts-tool/users/${PAUL}/profiles/${await profileId(PAUL, 'case_worker')}`
      const $ = parseHtml((await admin.get(path)).text)
      expect(textOf($, '.govuk-summary-list')).to.contain('35220900').and.contain('Case Worker')
      expect([$('#name').val(), $('#phone').val(), $('#email').val()]).to.deep.equal([
        'Paul Cox',
        '09198765',
        'PAUL.COX1@CHILDMAINTENANCE.GSI.GOV.UK',
      ])
      const buttons = $('main .govuk-button, main .govuk-button-group a')
        .map((_i, element) => $(element).text().trim())
        .get()
      expect(buttons).to.include.members(['Save', 'Add new profile for this user', 'Revoke Profile', 'Close'])

      const invalid = await submit(admin, path, path, { name: '', phone: '09198765', email: 'not-an-email' })
      expect(invalid.status).to.equal(400)
      expect(errorsOn(invalid.text)).to.deep.equal([
        'Enter the user name',
        'Enter an email address in the correct format, like name@example.com',
      ])
      expect(parseHtml(invalid.text)('#email').val()).to.equal('not-an-email')

      const saved = await submit(admin, path, path, {
        name: 'Paul Cox',
        phone: '09198766',
        email: 'PAUL.COX1@CHILDMAINTENANCE.GSI.GOV.UK',
      })
      expect(saved.headers.location).to.equal('/receipts-tool/users')
      expect((await testApp.database.db('staff_members').where({ staff_id: PAUL }).first())!.phone).to.equal('09198766')
      const [audit] = await testApp.deps.auditLog.byAction('staff_user_edited')
      expect(audit!.actorId).to.equal(CHRIS)
      expect(audit!.details).to.deep.equal({ changes: { phone: { from: '09198765', to: '09198766' } } })
    })

    it('is a 404 when the profile does not belong to the staff ID in the address', async () => {
      expect(
        (await admin.get(`/receipts-tool/users/${ANDREW}/profiles/${await profileId(PAUL, 'case_worker')}`)).status,
      ).to.equal(404)
      expect((await admin.get('/receipts-tool/users/35220900/profiles/abc')).status).to.equal(404)
    })
  })

  describe('revoke profile', () => {
    it('asks for confirmation, then says the profile has been deleted', async () => {
      const path = `/receipts-tool/users/40000001/profiles/${await profileId('40000001', 'case_worker')}/revoke`
      const confirm = parseHtml((await admin.get(path)).text)
      expect(textOf(confirm, 'h1')).to.equal('Are you sure you want to revoke this profile?')
      const response = await submit(admin, path, path, {})
      expect(response.headers.location).to.equal('/receipts-tool/users')
      const list = await admin.get('/receipts-tool/users')
      expect(textOf(parseHtml(list.text), '.govuk-notification-banner')).to.contain('The user profile has been deleted')
      expect(
        tableRows(list.text)
          .filter(row => row[0] === '40000001')
          .map(row => row[4]),
      ).to.deep.equal(['System Administrator'])
      const [audit] = await testApp.deps.auditLog.byAction('staff_profile_revoked')
      expect([audit!.actorId, audit!.subjectId]).to.deep.equal([CHRIS, '40000001'])
    })

    it('will not let an administrator revoke their own System Administrator profile', async () => {
      const path = `/receipts-tool/users/${CHRIS}/profiles/${await profileId(CHRIS, 'system_administrator')}/revoke`
      const response = await submit(admin, path, path, {})
      expect(response.status).to.equal(400)
      expect(errorsOn(response.text)).to.deep.equal(['You cannot revoke your own System Administrator profile'])
      expect(await profileId(CHRIS, 'system_administrator')).to.be.a('number')
    })

    it('stops a user with no profiles left from signing in', async () => {
      await testApp.database
        .db('staff_members')
        .where({ staff_id: '40000001' })
        .update({ password_hash: await hashPassword(PASSWORD), password_change_required: false })
      const sam = await signInAs(testApp.app, '40000001')
      expect((await sam.get('/receipts-tool/users')).status).to.equal(200)
      const path = `/receipts-tool/users/40000001/profiles/${await profileId('40000001', 'system_administrator')}/revoke`
      await submit(admin, path, path, {})
      // Their open session ends at once, and they cannot sign in again.
      expect((await sam.get('/receipts-tool/users')).headers.location).to.equal('/receipts-tool/sign-in')
      const again = await submit(request.agent(testApp.app), '/receipts-tool/sign-in', '/receipts-tool/sign-in', {
        staffId: '40000001',
        password: PASSWORD,
      })
      expect(again.status).to.equal(400)
      expect(errorsOn(again.text)[0]).to.contain('You do not have a profile')
    })
  })
})

describe('receipts tool: the last System Administrator profile', () => {
  let testApp: TestApp
  let users: UserMaintenance
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    const { db } = testApp.database
    users = new UserMaintenance(db, new StaffModel(db, testApp.clock), new AuditLog(db, testApp.clock), 'receipts_tool')
  })
  after(() => testApp.close())

  const administratorProfiles = () =>
    testApp.database
      .db('staff_profiles')
      .where({ system: 'receipts_tool', role: 'system_administrator' })
      .orderBy('staff_id')

  it('lets only one of two administrators revoking each other at once succeed', async () => {
    const chrisProfile = (await administratorProfiles()).find(profile => profile.staff_id === CHRIS)!
    expect(
      await users.revoke(PAUL, (await administratorProfiles()).find(profile => profile.staff_id === ANDREW)!.id),
    ).to.equal('revoked')
    const paulProfile = (await administratorProfiles()).find(profile => profile.staff_id === PAUL)!
    const outcomes = await Promise.all([users.revoke(PAUL, chrisProfile.id), users.revoke(CHRIS, paulProfile.id)])
    expect(outcomes.sort()).to.deep.equal(['lastAdministrator', 'revoked'])
    expect(await administratorProfiles()).to.have.length(1)
  })

  it('refuses to revoke the last System Administrator profile in the system, whoever asks', async () => {
    const [last] = await administratorProfiles()
    expect(await users.revoke('40000001', last!.id)).to.equal('lastAdministrator')
    expect(await administratorProfiles()).to.have.length(1)
    expect(await testApp.deps.auditLog.byAction('staff_profile_revoked')).to.have.length(2)
  })
})
