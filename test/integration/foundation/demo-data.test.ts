import { expect } from 'chai'
import { demoClients } from '../../../seeds/demo/people.ts'
import { toCount } from '../../../models/db.ts'
import { isFirstRun, seedDemoData } from '../../../seeds/demo-data.ts'
import { verifyPassword } from '../../../services/password.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

/** The stable demo records the README promises, exactly as listed there. */
const stableClients = [
  { crn: '121003957455', nino: 'AB123456C', dob: '1982-01-01', pin: '2468135', name: 'George Mills' },
  { crn: '121003957463', nino: 'CE654321A', dob: '1985-03-14', pin: '7531246', name: 'Cindy Clarke' },
  { crn: '121003957471', nino: 'JE445566B', dob: '1990-07-22', pin: '1357924', name: 'Lucy Ford' },
  { crn: '121004000018', nino: 'JC112233D', dob: '1978-12-02', pin: '3141592', name: 'Aoife Kelly' },
  { crn: '121004000026', nino: 'NA987654C', dob: '1988-09-30', pin: '8642097', name: 'Dev Patel' },
  { crn: '121004000034', nino: 'KL246810A', dob: '1975-05-05', pin: '9753108', name: 'Ewan Jones' },
]

describe('demo data', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  const db = () => testApp.database.db

  for (const expected of stableClients) {
    it(`holds ${expected.name} with the known facts and PIN from the README`, async () => {
      const client = await db()('clients').where({ customer_reference_number: expected.crn }).first()
      expect(`${client!.first_name} ${client!.last_name}`).to.equal(expected.name)
      expect(client!.national_insurance_number).to.equal(expected.nino)
      expect(client!.date_of_birth).to.equal(expected.dob)
      expect(client!.pin_ciphertext).not.to.contain(expected.pin)
      expect(testApp.deps.pinSecret.decrypt(client!.pin_ciphertext!, expected.crn)).to.equal(expected.pin)
    })
  }

  it('enrols only Ewan Jones of the stable records, with the README’s user ID and password', async () => {
    const enrolled = await db()('clients')
      .whereNotNull('identity_account_id')
      .whereIn(
        'customer_reference_number',
        stableClients.map(client => client.crn),
      )
      .select('customer_reference_number', 'self_service')
    expect(enrolled.map(row => row.customer_reference_number)).to.deep.equal(['121004000034'])
    expect(Boolean(enrolled[0]!.self_service)).to.equal(true)
    const account = await db()('identity_accounts').where({ user_id: '206121450971' }).first()
    expect(await verifyPassword('Demo1234', account!.password_hash)).to.equal(true)
  })

  it('gives George two Collect & Pay cases by deduction from earnings, one in arrears', async () => {
    const george = await db()('clients').where({ customer_reference_number: '121003957455' }).first()
    const cases = await db()('cases').where({ paying_parent_client_id: george!.id }).orderBy('case_number')
    expect(cases.map(row => [row.service_type, row.method_of_payment])).to.deep.equal([
      ['collect_and_pay', 'deduction_from_earnings_order'],
      ['collect_and_pay', 'deduction_from_earnings_order'],
    ])
    const children = await db()('qualifying_children')
      .whereIn(
        'case_id',
        cases.map(row => row.id),
      )
      .orderBy('case_id')
    expect(children.map(child => child.first_name)).to.deep.equal(['Kate', 'Sam'])
    const balances = await Promise.all(
      cases.map(async row => {
        const due = await db()('payment_schedule_items')
          .where({ case_id: row.id })
          .andWhere('due_date', '<=', '2026-11-23')
          .sum({ total: db().raw('amount_pence + collection_charge_pence') })
        const paid = await db()('ledger_entries')
          .where({ case_id: row.id, direction: 'in' })
          .sum({ total: 'amount_pence' })
        return Number(due[0]!.total) - Number(paid[0]!.total)
      }),
    )
    expect(balances[0]).to.be.greaterThan(0)
    expect(balances[1]).to.equal(0)
  })

  it('has more than 12 months of payments for George', async () => {
    const george = await db()('clients').where({ customer_reference_number: '121003957455' }).first()
    const payments = await db()('ledger_entries')
      .where({ client_id: george!.id, direction: 'in' })
      .orderBy('transaction_date')
    expect(payments.length).to.be.greaterThan(24)
    expect(payments[0]!.transaction_date < '2025-11-23').to.equal(true)
  })

  it('gives Aoife a Northern Ireland case as receiving parent and Dev a case on each side', async () => {
    const aoife = await db()('clients').where({ customer_reference_number: '121004000018' }).first()
    const niCase = await db()('cases').where({ receiving_parent_client_id: aoife!.id }).first()
    expect([aoife!.region, niCase!.region]).to.deep.equal(['ni', 'ni'])
    const dev = await db()('clients').where({ customer_reference_number: '121004000026' }).first()
    expect(await db()('cases').where({ paying_parent_client_id: dev!.id })).to.have.length(1)
    expect(await db()('cases').where({ receiving_parent_client_id: dev!.id })).to.have.length(1)
  })

  it('gives Cindy her email address and the self-service contact preference', async () => {
    const cindy = await db()('clients').where({ customer_reference_number: '121003957463' }).first()
    expect([cindy!.email, cindy!.contact_preference]).to.deep.equal(['cindy.clarke@example.com', 'self_service'])
  })

  it('holds the staff, their profiles and the staff directory', async () => {
    const profiles = await db()('staff_profiles')
      .orderBy(['staff_id', 'system', 'role'])
      .select('staff_id', 'system', 'role')
    expect(profiles.map(row => `${row.staff_id} ${row.system} ${row.role}`)).to.deep.equal([
      '35220900 cms2012 case_worker',
      '35220900 receipts_tool case_worker',
      '35220900 receipts_tool system_administrator',
      '40000003 cms2012 case_worker',
      '40000003 cms2012 special_client_records',
      '57261910 cms2012 case_worker',
      '57261910 receipts_tool case_worker',
      '57261910 receipts_tool system_administrator',
      '76834403 receipts_tool system_administrator',
    ])
    const paul = await db()('staff_members').where({ staff_id: '35220900' }).first()
    expect([paul!.email, paul!.phone]).to.deep.equal(['PAUL.COX1@CHILDMAINTENANCE.GSI.GOV.UK', '09198765'])
    expect(await verifyPassword('Demo-staff-1', paul!.password_hash!)).to.equal(true)
    const directory = await db()('staff_directory').orderBy('staff_id').select('staff_id')
    expect(directory.map(row => row.staff_id)).to.include.members(['40000001', '40000002'])
    expect(await db()('staff_members').whereIn('staff_id', ['40000001', '40000002'])).to.have.length(0)
  })

  it('marks Owen Pritchard a special client record, on a case whose receiving parent Megan Lloyd is enrolled', async () => {
    const owen = await db()('clients').where({ customer_reference_number: '121004000091' }).first()
    const megan = await db()('clients').where({ customer_reference_number: '121004000109' }).first()
    expect(`${owen!.first_name} ${owen!.last_name}`).to.equal('Owen Pritchard')
    expect(await db()('special_client_records').select('client_id', 'marked_by')).to.deep.equal([
      { client_id: owen!.id, marked_by: '40000003' },
    ])
    const cases = await db()('cases').where({ paying_parent_client_id: owen!.id }).select('receiving_parent_client_id')
    expect(cases).to.deep.equal([{ receiving_parent_client_id: megan!.id }])
    const account = await db()('identity_accounts').where({ id: megan!.identity_account_id! }).first()
    expect(account!.user_id).to.equal('509642873016')
    expect(await verifyPassword('Demo1234', account!.password_hash)).to.equal(true)
    expect(testApp.deps.pinSecret.decrypt(megan!.pin_ciphertext!, '121004000109')).to.equal('8024613')
  })

  it('loads only on a first run', async () => {
    expect(await isFirstRun(db())).to.equal(false)
    try {
      await seedDemoData(db(), testApp.deps)
      expect.fail('a second load should break a unique constraint')
    } catch (error) {
      expect(String(error)).to.match(/unique|UNIQUE|duplicate/)
    }
    expect(toCount((await db()('clients').count({ n: '*' }))[0])).to.equal(demoClients.length)
  })
})

describe('test database', () => {
  it('runs on PostgreSQL when DATABASE_URL is set, and on SQLite otherwise', async () => {
    const { createTestDatabase } = await import('../../support/test-database.ts')
    const { isPostgres } = await import('../../../models/db.ts')
    const database = await createTestDatabase()
    try {
      expect(isPostgres(database.db)).to.equal(Boolean(process.env.DATABASE_URL))
    } finally {
      await database.destroy()
    }
  })
})

describe('demo sign-in for newcomers', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  for (const [who, userId, pin, role] of [
    ['Ewan Jones, paying parent', '2061 2145 0971', '9753108', 'paying_parent_client_id'],
    ['Sarah Jones, receiving parent', '3012 4578 9023', '5318642', 'receiving_parent_client_id'],
  ] as const) {
    it(`lets a newcomer sign in as ${who} with the README’s details`, async () => {
      const { signIn } = await import('../../support/client-journeys.ts')
      const request = (await import('supertest')).default
      const agent = request.agent(testApp.app)
      const response = await signIn(agent, userId, 'Demo1234', pin)
      expect(response.headers.location).to.equal('/client/home')
      const account = await testApp.database
        .db('identity_accounts')
        .where({ user_id: userId.replace(/ /g, '') })
        .first()
      const client = await testApp.database.db('clients').where({ identity_account_id: account!.id }).first()
      expect(await testApp.database.db('cases').where({ [role]: client!.id })).to.have.length(1)
    })
  }

  it('lets a newcomer sign in as Megan Lloyd and see her special client record case without his name', async () => {
    const { signIn } = await import('../../support/client-journeys.ts')
    const request = (await import('supertest')).default
    const agent = request.agent(testApp.app)
    const response = await signIn(agent, '5096 4287 3016', 'Demo1234', '8024613')
    expect(response.headers.location).to.equal('/client/home')
    const myCases = await agent.get('/client/my-cases')
    expect(myCases.text).to.contain('The other parent').and.contain('Cerys')
    expect(myCases.text).not.to.contain('Owen').and.not.to.contain('Pritchard')
  })

  it('opens Owen Pritchard’s record only to Rhian Evans, the README’s Special Client Records caseworker', async () => {
    const { signedInCaseworker } = await import('../../support/staff-journeys.ts')
    const owen = await testApp.database.db('clients').where({ customer_reference_number: '121004000091' }).first()
    const rhian = (await signedInCaseworker(testApp.app, '40000003')).agent
    expect((await rhian.get(`/caseworker/clients/${owen!.id}`)).text).to.contain('Owen Pritchard')
    const paul = (await signedInCaseworker(testApp.app, '35220900')).agent
    expect((await paul.get(`/caseworker/clients/${owen!.id}`)).status).to.equal(403)
  })
})
