import { expect } from 'chai'
import type { Knex } from 'knex'
import { isPostgres } from '../../../models/db.ts'
import { PLAN_ITEMS_PER_PAGE } from '../../../services/account/payment-plan.ts'
import { signInDemoClient } from '../../support/demo-clients.ts'
import { signedInCaseworker } from '../../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { CHRIS, signInAs } from '../receipts-tool/sign-in-helpers.ts'

interface Query {
  sql: string
  bindings: readonly unknown[]
}

/** The SELECTs a piece of work sends, each once. */
async function queriesOf(db: Knex, work: () => Promise<unknown>): Promise<Query[]> {
  const seen = new Map<string, Query>()
  const listener = (query: { sql: string; bindings?: readonly unknown[] }) => {
    if (/^select/i.test(query.sql) && !seen.has(query.sql)) {
      seen.set(query.sql, { sql: query.sql, bindings: query.bindings ?? [] })
    }
  }
  db.on('query', listener)
  try {
    await work()
  } finally {
    db.off('query', listener)
  }
  return [...seen.values()]
}

/**
 * The steps of SQLite's plan that read a whole table (or a whole index) rather than searching it.
 * A scan of `(subquery-N)` reads rows SQLite has already found and set aside (a window count's
 * input, say), whose own search is a separate step of the plan, so it is not one of them.
 */
async function fullScans(db: Knex, query: Query): Promise<string[]> {
  const plan = await db.raw<Array<{ detail: string }>>(
    `EXPLAIN QUERY PLAN ${query.sql}`,
    query.bindings as Knex.RawBinding[],
  )
  return plan
    .map(step => step.detail)
    .filter(detail => detail.startsWith('SCAN ') && !detail.startsWith('SCAN (subquery-'))
}

describe('lookup indexes', function () {
  this.timeout(60_000)
  let testApp: TestApp
  before(async function () {
    testApp = await createTestApp({ demoData: true })
    // The plans read here are SQLite's; PostgreSQL chooses its own by table size.
    if (isPostgres(testApp.database.db)) this.skip()
  })
  after(() => testApp?.close())

  const expectEveryQuerySearched = async (queries: Query[]) => {
    expect(queries).to.not.have.length(0)
    for (const query of queries) expect(await fullScans(testApp.database.db, query), query.sql).to.deep.equal([])
  }

  it('finds everything the signed-in client pages show through an index', async () => {
    const { agent } = await signInDemoClient(testApp, 'ewan')
    const queries = await queriesOf(testApp.database.db, async () => {
      for (const path of [
        '/client/home',
        '/client/my-payments/payment-plan',
        '/client/messages',
        '/client/my-details',
        '/client/my-cases',
      ]) {
        expect((await agent.get(path)).status, path).to.equal(200)
      }
    })
    await expectEveryQuerySearched(queries)
  })

  it('reads a page’s worth of rows per query, not a client’s whole payment history', async () => {
    const { db } = testApp.database
    let largest = { rows: 0, sql: '' }
    const listener = (response: unknown, query: { sql: string }) => {
      const rows = Array.isArray(response) ? response.length : 0
      if (/^select/i.test(query.sql) && rows > largest.rows) largest = { rows, sql: query.sql }
    }
    // George pays on two Collect & Pay cases with years of payments; Cindy receives on one of them.
    const george = await signInDemoClient(testApp, 'george')
    const cindy = await signInDemoClient(testApp, 'cindy')
    db.on('query-response', listener)
    try {
      for (const { agent } of [george, cindy]) {
        for (const path of ['/client/home', '/client/my-cases', '/client/my-payments/payment-plan']) {
          expect((await agent.get(path)).status, path).to.equal(200)
        }
      }
    } finally {
      db.off('query-response', listener)
    }
    expect(largest.rows, largest.sql).to.be.at.most(PLAN_ITEMS_PER_PAGE)
  })

  it('finds a client for the caseworker, and the Maintain Users list, through an index', async () => {
    const { agent: caseworker } = await signedInCaseworker(testApp.app)
    const administrator = await signInAs(testApp.app, CHRIS)
    const ewan = await testApp.database.db('clients').where({ customer_reference_number: '121004000034' }).first('id')
    const queries = await queriesOf(testApp.database.db, async () => {
      expect((await caseworker.get(`/caseworker/clients/${ewan!.id}`)).status).to.equal(200)
      const search = '/caseworker/find-a-client?by=crn&customerReferenceNumber=121004000034'
      expect((await caseworker.get(search)).status).to.be.oneOf([200, 302])
      expect((await administrator.get('/receipts-tool/users')).status).to.equal(200)
    })
    await expectEveryQuerySearched(queries)
  })

  it('reports a query that reads a whole table', async () => {
    const scans = await fullScans(testApp.database.db, {
      sql: 'select * from ledger_entries where amount_pence > ?',
      bindings: [0],
    })
    expect(scans).to.have.length(1)
  })
})
