import { expect } from 'chai'
import request from 'supertest'
import { insertCase } from '../../fixtures/cases.ts'
import { insertClientRecord, insertIdentityAccount } from '../../fixtures/clients.ts'
import { signIn, submitForm } from '../../support/client-journeys.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { expectRefused, signedInClient, storedClient } from './details-helpers.ts'

const personal = '/client/my-details/personal'
const changeName = `${personal}/name`
const check = '/client/my-details/changes/check'

describe('My personal details and a change of name', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  /** George Mills from the demo data (two cases, children Kate and Sam), enrolled and signed in, known as "Geo". */
  async function signedInAsGeorge() {
    const db = testApp.database.db
    const george = (await db('clients').where({ customer_reference_number: '121003957455' }).first())!
    await db('clients').where({ id: george.id }).update({ known_as: 'Geo', identity_account_id: null })
    const account = await insertIdentityAccount(db, {}, george.id)
    const agent = request.agent(testApp.app)
    await signIn(agent, account.userId, account.password, '2468135')
    return { agent, george }
  }

  it('shows the real name, never the alias, the NI number partly masked, and the children on each case', async () => {
    const { agent } = await signedInAsGeorge()
    await testApp.database.db('qualifying_children').where({ first_name: 'Kate' }).update({ first_name: '<i>Kate</i>' })
    const $ = parseHtml((await agent.get(personal)).text)
    expect($('main i').length, 'names are escaped').to.equal(0)
    expect(textOf($, 'h1')).to.equal('My personal details')
    const details = textOf($, '[data-test="personal-details"]')
    expect(details).to.contain('Mr George Mills').and.contain('1 January 1982').and.contain('•• •• •• 56 C')
    expect(details).not.to.contain('AB123456C').and.not.to.contain('Geo ')
    expect($('main').text()).not.to.contain('Geo ')
    const cases = $('[data-test^="case-"]')
      .map((_index, list) => $(list).text().replace(/\s+/g, ' '))
      .get()
    expect(cases).to.have.length(2)
    expect(cases.join(' ')).to.contain('Kate').and.contain('Sam').and.contain('Paying parent')
    expect(cases.join(' ')).to.contain('Other parent Cindy').and.contain('Other parent Lucy')
    expect(cases.join(' '), 'only the other parent’s first name').not.to.match(/Cindy Clarke|Lucy Ford/)
    expect($(`a[href="${changeName}"]`).length).to.equal(1)
    expect($('main a[href="/client/contact"]').text()).to.equal('contact us')
  })

  it('names a receiving parent’s role, in Welsh too, and each child in full, oldest first', async () => {
    const { agent, client } = await signedInClient(testApp)
    const db = testApp.database.db
    await insertCase(db, {
      payingParentClientId: await insertClientRecord(db, { first_name: 'Pat' }),
      receivingParentClientId: client.id,
      children: [
        { firstName: 'Tom', lastName: 'Jones', dateOfBirth: '2015-01-01' },
        { firstName: 'Amy', lastName: 'Evans', dateOfBirth: '2012-05-05' },
      ],
    })
    const caseText = async (lang: string) =>
      textOf(parseHtml((await agent.get(`${personal}?lang=${lang}`)).text), '[data-test^="case-"]')
    expect(await caseText('en')).to.match(/Receiving parent.*Other parent Pat.*Amy Evans\s*Tom Jones/)
    expect(await caseText('cy')).to.contain('Rhiant sy’n derbyn')
  })

  it('sends a change of name as a Self Service service request, leaving the record unchanged', async () => {
    const { agent, client } = await signedInClient(testApp, { firstName: 'Alex', lastName: 'Morgan' })
    const form = parseHtml((await agent.get(changeName)).text)
    expect(form('#firstName').val()).to.equal('Alex')
    expect(form('#lastName').attr('autocomplete')).to.equal('family-name')
    const response = await submitForm(agent, changeName, {
      title: 'Dr',
      firstName: 'Alexandra',
      lastName: 'Morgan-Price',
    })
    expect(response.headers.location).to.equal(check)
    const answers = parseHtml((await agent.get(check)).text)
    expect(textOf(answers, '[data-test="check-answers"]')).to.contain('Alexandra').and.contain('Morgan-Price')
    expect(answers(`a[href="${changeName}"]`).length).to.be.above(0)
    expect(parseHtml((await agent.get(changeName)).text)('#firstName').val(), 'kept while not sent').to.equal(
      'Alexandra',
    )
    const sent = await submitForm(agent, check, {})
    const reference = sent.headers.location!.split('/').pop()!
    const stored = await testApp.deps.serviceRequests.findForClient(client.id, reference)
    expect(stored).to.deep.include({
      source: 'self_service',
      requestType: 'change_of_name',
      status: 'open',
      caseId: null,
    })
    expect(stored!.requestedChange).to.deep.equal({ title: 'Dr', firstName: 'Alexandra', lastName: 'Morgan-Price' })
    expect(stored!.currentValues).to.deep.equal({ title: null, firstName: 'Alex', lastName: 'Morgan' })
    const record = await storedClient(testApp, client.id)
    expect([record.title, record.first_name, record.last_name]).to.deep.equal([null, 'Alex', 'Morgan'])
    const audit = await testApp.database
      .db('audit_log')
      .where({ action: 'service_request_raised', subject_id: String(stored!.id) })
    expect(audit).to.have.length(1)
  })

  it('refuses a missing, too long or unchanged name, keeping what was typed', async () => {
    const { agent } = await signedInClient(testApp, { firstName: 'Alex', lastName: 'Morgan' })
    await expectRefused(agent, changeName, { title: '', firstName: '', lastName: '' }, [
      'Enter your first name',
      'Enter your last name',
    ])
    const long = await expectRefused(
      agent,
      changeName,
      { title: 'T'.repeat(21), firstName: 'Alex', lastName: 'M'.repeat(101) },
      ['Title must be 20 characters or less', 'Last name must be 100 characters or less'],
    )
    expect(parseHtml(long.text)('#firstName').val()).to.equal('Alex')
    await expectRefused(agent, changeName, { firstName: 'Alex', lastName: 'Morgan' }, [
      'Enter the name you want us to use. It is the same as the name we have for you',
    ])
    expect((await agent.get(check)).headers.location).to.equal('/client/my-details')
  })

  it('sends anyone not signed in to sign in', async () => {
    for (const path of [personal, changeName, check, '/client/my-details/changes/sent/SR-AAAAAAAA'])
      expect((await request(testApp.app).get(path)).headers.location, path).to.equal('/client/sign-in')
  })
})
