import { expect } from 'chai'
import fc from 'fast-check'
import type { Response } from 'supertest'
import request from 'supertest'
import { isPostgres, type Database } from '../../models/db.ts'
import { parseHtml } from '../support/html.ts'
import { signIn, type Agent } from '../support/client-journeys.ts'
import { listRoutes } from '../support/route-list.ts'
import { signedInCaseworker } from '../support/staff-journeys.ts'
import { createTestApp, testConfig, type TestApp } from '../support/test-app.ts'
import { signInAs, PAUL } from '../integration/receipts-tool/sign-in-helpers.ts'

/*
 * Hostile input in every field of every form the app serves, found by visiting every page each kind
 * of user can reach: a fixed list of naughty strings plus values fast-check makes up. Whatever is
 * sent, the app answers without a server error, never echoes markup unescaped, shows no stack
 * trace, and a refused form leaves every table as it was.
 */

const MARKUP = '<script>alert("cmss")</script>'

const naughtyStrings = [
  MARKUP,
  '"><img src=x onerror=alert(1)>',
  "' OR '1'='1'; DROP TABLE clients; --",
  'null\u0000byte',
  '\u202Eright-to-left\u202C override',
  '{{ 7 * 7 }} {% raw %}',
  '../../../../etc/passwd',
  '🙂 emoji and ŵ ŷ',
  'x'.repeat(100_000),
]

interface FoundForm {
  page: string
  action: string
  method: 'get' | 'post'
  multipart: boolean
  fields: string[]
  token: string | undefined
}

/** Forms whose submission would end the session the crawl is using, or that have nothing to type into. */
function worthFuzzing(form: FoundForm): boolean {
  return !/sign-out|keep-alive/.test(form.action) && form.fields.length > 0
}

function formsOn(page: string, html: string): FoundForm[] {
  const $ = parseHtml(html)
  return $('form')
    .toArray()
    .map(element => {
      const form = $(element)
      const fields = form
        .find('input[name], select[name], textarea[name]')
        .toArray()
        .filter(field => $(field).attr('type') !== 'hidden' && $(field).attr('type') !== 'file')
        .map(field => $(field).attr('name')!)
      return {
        page,
        action: form.attr('action') ?? page,
        method: (form.attr('method') ?? 'get').toLowerCase() === 'post' ? ('post' as const) : ('get' as const),
        multipart: form.attr('enctype') === 'multipart/form-data',
        fields: [...new Set(fields)],
        token: form.find('input[name="_csrf"]').attr('value'),
      }
    })
}

/** Row counts of the tables a refused form must not touch. */
async function fingerprint(db: Database, ignore: string[]): Promise<Record<string, number>> {
  const names: string[] = isPostgres(db)
    ? (await db('information_schema.tables').where({ table_schema: 'public' }).select('table_name')).map(
        (row: { table_name: string }) => row.table_name,
      )
    : (await db('sqlite_master').where({ type: 'table' }).select('name')).map((row: { name: string }) => row.name)
  const counts: Record<string, number> = {}
  for (const name of names.filter(table => !ignore.includes(table) && !table.startsWith('knex_')).sort()) {
    const [row] = await db(name).count({ n: '*' })
    counts[name] = Number(row!.n)
  }
  return counts
}

/** Tables that a refused attempt legitimately writes: sessions, rate limits, the audit of failed sign-ins. */
const alwaysIgnored = ['sessions', 'rate_limits', 'sqlite_sequence', 'audit_log']
/** A refused upload is itself recorded for caseworkers. */
const uploadRecords = ['upload_errors', 'activities']

describe('hostile input in every form field', function () {
  this.timeout(600_000)
  let testApp: TestApp
  before(async () => {
    // The fuzzing posts to each staff sign-in form many times from one address, and the staff tests then
    // sign in from it: the per-address limit has its own test (staff-sign-in-rate-limit.test.ts).
    const rateLimits = { ...testConfig().rateLimits, staffSignIn: 1000 }
    testApp = await createTestApp({ demoData: true, config: { rateLimits } })
  })
  after(() => testApp.close())

  async function send(agent: Agent, form: FoundForm, values: Record<string, unknown>): Promise<Response> {
    if (form.method === 'get') {
      const query = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)]))
      return agent.get(form.action).query(query)
    }
    if (form.multipart) {
      let post = agent.post(form.action).field('_csrf', form.token ?? '')
      for (const [name, value] of Object.entries(values)) post = post.field(name, String(value))
      return post
    }
    return agent
      .post(form.action)
      .type('form')
      .send({ ...values, _csrf: form.token })
  }

  function problemsWith(response: Response, form: FoundForm, value: unknown): string[] {
    const where = `${form.method.toUpperCase()} ${form.action} (form on ${form.page}) with ${JSON.stringify(value).slice(0, 60)}`
    const problems: string[] = []
    if (response.status >= 500) problems.push(`${where} → ${response.status}`)
    if (response.text.includes(MARKUP) || response.text.includes('<img src=x')) problems.push(`${where} echoed markup`)
    if (/\bat .+\.(ts|js):\d+/.test(response.text)) problems.push(`${where} showed a stack trace`)
    return problems
  }

  /** Route parameters filled with records the demo data holds, so pages with forms on them answer. */
  async function demoParameters(): Promise<Record<string, string>> {
    const db = testApp.database.db
    const client = await db('clients').where({ customer_reference_number: '121004000034' }).first()
    const exceptionalCase = await db('exceptional_cases').orderBy('id').first()
    return { clientId: String(client!.id), staffId: '57261910', caseId: String(exceptionalCase?.id ?? 1) }
  }

  async function crawl(agent: Agent, prefix: string): Promise<FoundForm[]> {
    const parameters = await demoParameters()
    const pages = listRoutes(testApp.app)
      .filter(route => route.method === 'GET' && route.path.startsWith(prefix))
      .map(route => route.path.replace(/:(\w+)/g, (_match, name: string) => parameters[name] ?? '1'))
      .filter(path => !/sign-out|keep-alive|\.pdf|\/download|\/document/.test(path))
    const forms: FoundForm[] = []
    for (const page of pages) {
      const response = await agent.get(page)
      if (response.status === 200 && response.type === 'text/html') forms.push(...formsOn(page, response.text))
    }
    const seen = new Set<string>()
    return forms.filter(form => {
      const key = `${form.method} ${form.action} ${form.fields.join(',')}`
      if (seen.has(key) || !worthFuzzing(form)) return false
      seen.add(key)
      return true
    })
  }

  async function fuzz(agent: Agent, forms: FoundForm[]): Promise<string[]> {
    expect(forms.length, 'forms found to fuzz').to.be.greaterThan(0)
    const problems: string[] = []
    const db = testApp.database.db
    for (const form of forms) {
      const ignore = form.multipart ? [...alwaysIgnored, ...uploadRecords] : alwaysIgnored
      for (const value of naughtyStrings) {
        const values = Object.fromEntries(form.fields.map(name => [name, value]))
        const before = await fingerprint(db, ignore)
        const response = await send(agent, form, values)
        problems.push(...problemsWith(response, form, value))
        if (response.status === 400 && JSON.stringify(await fingerprint(db, ignore)) !== JSON.stringify(before)) {
          problems.push(`${form.action} refused ${JSON.stringify(value).slice(0, 40)} but stored something`)
        }
      }
      // Arrays where strings are expected, and fields the form does not have.
      if (form.method === 'post' && !form.multipart) {
        const arrays = Object.fromEntries(form.fields.map(name => [name, ['one', 'two']]))
        problems.push(...problemsWith(await send(agent, form, arrays), form, arrays))
        const extra = { ...Object.fromEntries(form.fields.map(name => [name, 'x'])), errors: 'x', ['__proto__']: 'x' }
        problems.push(...problemsWith(await send(agent, form, { ...extra, values: { a: 1 } }), form, 'extra fields'))
      }
      await fc.assert(
        fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async value => {
          const response = await send(agent, form, Object.fromEntries(form.fields.map(name => [name, value])))
          problems.push(...problemsWith(response, form, value))
        }),
        { numRuns: 6, seed: 20261203 },
      )
    }
    return problems
  }

  it('from someone signed in to nothing', async () => {
    const agent = request.agent(testApp.app)
    const forms = [
      ...(await crawl(agent, '/client')),
      ...(await crawl(agent, '/caseworker')),
      ...(await crawl(agent, '/receipts-tool')),
    ]
    expect(await fuzz(agent, forms)).to.deep.equal([])
  })

  it('from a signed-in client', async () => {
    const agent = request.agent(testApp.app)
    await signIn(agent, '2061 2145 0971', 'Demo1234', '9753108')
    const forms = await crawl(agent, '/client')
    expect(await fuzz(agent, forms)).to.deep.equal([])
  })

  it('from a signed-in caseworker', async () => {
    const { agent } = await signedInCaseworker(testApp.app)
    const forms = await crawl(agent, '/caseworker')
    expect(await fuzz(agent, forms)).to.deep.equal([])
  })

  it('from a Receipts and Payments Tool administrator and caseworker', async () => {
    const problems: string[] = []
    for (const role of ['system_administrator', 'case_worker']) {
      const agent = await signInAs(testApp.app, PAUL, role)
      const forms = await crawl(agent, '/receipts-tool')
      problems.push(...(await fuzz(agent, forms)))
    }
    expect(problems).to.deep.equal([])
  })
})
