import { expect } from 'chai'
import { toCount } from '../../../models/db.ts'
import { countGeneratedClients, seedLargeDataSet } from '../../../seeds/large-data-set.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

/** The generator behind `npm run seed:large`, run at a tiny size (the full 5 million rows are for the bench). */
describe('the large data set generator', function () {
  this.timeout(60_000)
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  it('adds the clients, a case for each pair of them, and exactly the ledger entries asked for', async () => {
    const { db } = testApp.database
    const demoClients = toCount(await db('clients').count({ count: '*' }).first())
    const added = await seedLargeDataSet(db, { clients: 11, ledgerEntries: 97 }, testApp.clock.now())

    expect(added).to.deep.equal({ clients: 11, cases: 5, ledgerEntries: 97 })
    expect(await countGeneratedClients(db)).to.equal(11)
    expect(toCount(await db('clients').count({ count: '*' }).first())).to.equal(demoClients + 11)
    const cases = await db('cases').where('case_number', 'like', '8%').orderBy('case_number')
    expect(cases.map(row => row.case_number)).to.deep.equal([
      '800000000001',
      '800000000002',
      '800000000003',
      '800000000004',
      '800000000005',
    ])
    const entries = await db('ledger_entries').where({ source: 'large_data_set' })
    expect(entries).to.have.length(97)
    const casesById = new Map(cases.map(row => [row.id, row]))
    for (const entry of entries) {
      const owner = casesById.get(entry.case_id)!
      const parent = entry.direction === 'in' ? owner.paying_parent_client_id : owner.receiving_parent_client_id
      expect(entry.client_id).to.equal(parent)
      expect(entry.transaction_date).to.match(/^\d{4}-\d{2}-\d{2}$/)
    }
  })

  it('adds nothing when the data set is there already', async () => {
    const again = await seedLargeDataSet(testApp.database.db, { clients: 11, ledgerEntries: 97 }, testApp.clock.now())
    expect(again).to.deep.equal({ clients: 0, cases: 0, ledgerEntries: 0 })
    expect(await countGeneratedClients(testApp.database.db)).to.equal(11)
  })
})
