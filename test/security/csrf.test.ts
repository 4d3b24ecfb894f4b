import { expect } from 'chai'
import request from 'supertest'
import { isPostgres, type Database } from '../../models/db.ts'
import { fillParams, listRoutes } from '../support/route-list.ts'
import { csrfTokenFrom } from '../support/html.ts'
import { signIn } from '../support/client-journeys.ts'
import { signedInCaseworker } from '../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../support/test-app.ts'

/** Row counts of every table but sessions and rate limits: a refused request must leave them all as they were. */
async function fingerprint(db: Database): Promise<Record<string, number>> {
  const names: string[] = isPostgres(db)
    ? (await db('information_schema.tables').where({ table_schema: 'public' }).select('table_name')).map(
        (row: { table_name: string }) => row.table_name,
      )
    : (await db('sqlite_master').where({ type: 'table' }).select('name')).map((row: { name: string }) => row.name)
  const counts: Record<string, number> = {}
  for (const name of names
    .filter(table => !['sessions', 'rate_limits', 'sqlite_sequence'].includes(table) && !table.startsWith('knex_'))
    .sort()) {
    const [row] = await db(name).count({ n: '*' })
    counts[name] = Number(row!.n)
  }
  return counts
}

describe('cross-site request forgery, on every form post', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  const posts = () => listRoutes(testApp.app).filter(route => route.method === 'POST')

  it('refuses every post without a token, from signed-in users too, and changes nothing', async () => {
    const client = request.agent(testApp.app)
    await signIn(client, '2061 2145 0971', 'Demo1234', '9753108')
    const { agent: caseworker } = await signedInCaseworker(testApp.app)
    const before = await fingerprint(testApp.database.db)
    const failures: string[] = []
    for (const route of posts()) {
      const agent = route.path.startsWith('/caseworker') ? caseworker : client
      for (const body of [{}, { _csrf: 'not-the-token' }]) {
        const response = await agent.post(fillParams(route.path)).type('form').send(body)
        if (response.status !== 403) failures.push(`${route.path} with ${JSON.stringify(body)} → ${response.status}`)
      }
    }
    expect(failures).to.deep.equal([])
    expect(await fingerprint(testApp.database.db)).to.deep.equal(before)
  })

  it('refuses a token taken from another person’s session', async () => {
    const attacker = request.agent(testApp.app)
    const token = csrfTokenFrom((await attacker.get('/client/sign-in')).text)
    const victim = request.agent(testApp.app)
    await signIn(victim, '3012 4578 9023', 'Demo1234', '5318642')
    const response = await victim.post('/client/sign-out').type('form').send({ _csrf: token })
    expect(response.status).to.equal(403)
    expect((await victim.get('/client/home')).status).to.equal(200)
  })
})
