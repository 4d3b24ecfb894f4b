import { expect } from 'chai'
import { demoClients } from '../../../seeds/demo/people.ts'
import { clientIdByReference, signInDemoClient } from '../../support/demo-clients.ts'
import { signedInCaseworker } from '../../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

/**
 * The number of SQL statements one signed-in page costs, so a change that adds a query to every
 * request (a middleware loading something twice, say) fails here rather than only in the bench.
 */
describe('queries per signed-in page', () => {
  let testApp: TestApp
  let statements: string[]
  // SQLite quotes names with backticks, PostgreSQL with double quotes.
  const record = (query: { sql: string }) => statements.push(query.sql)

  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  async function statementsFor(agent: { get(url: string): PromiseLike<{ status: number }> }, url: string) {
    // Once to settle anything a first visit does (the session's expiry moved on), then counted.
    expect((await agent.get(url)).status).to.equal(200)
    statements = []
    testApp.database.db.on('query', record)
    try {
      expect((await agent.get(url)).status).to.equal(200)
    } finally {
      testApp.database.db.off('query', record)
    }
    return statements
  }

  it('reads the session, the client, then the home page’s notices and money in six more', async () => {
    const { agent } = await signInDemoClient(testApp, 'ewan')
    const statements = await statementsFor(agent, '/client/home')
    expect(statements[0]).to.match(/from [`"]sessions[`"]/)
    expect(statements[1]).to.match(/from [`"]clients[`"]/)
    expect(statements.filter(sql => /from [`"]letters[`"]|[`"]applications[`"]/.test(sql))).to.have.length(1)
    expect(statements).to.have.length(7)
  })

  it('reads a client’s cases, other parents and children in one query for My personal details', async () => {
    const { agent } = await signInDemoClient(testApp, 'ewan')
    const statements = await statementsFor(agent, '/client/my-details/personal')
    expect(statements.filter(sql => /from [`"](cases|qualifying_children)[`"]/.test(sql))).to.have.length(1)
    expect(statements).to.have.length(4)
  })

  it('looks up a caseworker’s profiles once for a page of a client record', async () => {
    const { agent } = await signedInCaseworker(testApp.app)
    const ewan = demoClients.find(client => client.key === 'ewan')!
    const clientId = await clientIdByReference(testApp, ewan.customerReferenceNumber)
    const statements = await statementsFor(agent, `/caseworker/clients/${clientId}`)
    expect(statements.filter(sql => /from [`"]staff_profiles[`"]/.test(sql))).to.have.length(1)
    expect(statements).to.have.length(7)
  })
})
