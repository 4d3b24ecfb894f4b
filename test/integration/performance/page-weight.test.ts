import { createHash } from 'node:crypto'
import { expect } from 'chai'
import request from 'supertest'
import { compressedBytes, readBytes } from '../../support/compressed-size.ts'
import { signInDemoClient } from '../../support/demo-clients.ts'
import { parseHtml } from '../../support/html.ts'
import { signedInCaseworker } from '../../support/staff-journeys.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { CHRIS, signInAs } from '../receipts-tool/sign-in-helpers.ts'

/** Issue 9's page weight budget: HTML, CSS and JavaScript together, compressed, fonts aside. */
const BUDGET_BYTES = 100 * 1024

type Agent = ReturnType<typeof request.agent>

/** The stylesheets and scripts a page loads: linked, given as src, or imported by an inline module. */
function assetsOf(html: string): string[] {
  const $ = parseHtml(html)
  const linked = $('link[rel="stylesheet"]')
    .map((_index, link) => $(link).attr('href'))
    .get()
  const sourced = $('script[src]')
    .map((_index, script) => $(script).attr('src'))
    .get()
  const imported = [...html.matchAll(/import [^"]*"(\/assets\/[^"]+)"/g)].map(match => match[1]!)
  return [...new Set([...linked, ...sourced, ...imported])]
}

/** The page and everything it loads, compressed as a browser accepting gzip receives it. */
async function pageWeight(agent: Agent, path: string): Promise<{ html: number; assets: Record<string, number> }> {
  const page = await agent.get(path).set('Accept-Encoding', 'gzip')
  expect(page.status, path).to.equal(200)
  const assets: Record<string, number> = {}
  for (const asset of assetsOf(page.text)) {
    const response = await agent.get(asset).set('Accept-Encoding', 'gzip').buffer(true).parse(readBytes)
    expect(response.status, asset).to.equal(200)
    assets[asset] = compressedBytes(response)
  }
  return { html: compressedBytes(page), assets }
}

function total({ html, assets }: { html: number; assets: Record<string, number> }): number {
  return html + Object.values(assets).reduce((sum, bytes) => sum + bytes, 0)
}

describe('page weight', function () {
  this.timeout(60_000)
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  it('keeps the public pages under 100 kB of compressed HTML, CSS and JavaScript', async () => {
    const agent = request.agent(testApp.app)
    for (const path of ['/client', '/ni?lang=cy', '/client/help', '/client/sign-in']) {
      const weight = await pageWeight(agent, path)
      expect(Object.keys(weight.assets), path).to.have.length.greaterThan(1)
      expect(total(weight), path).to.be.below(BUDGET_BYTES)
    }
  })

  it('keeps the signed-in client pages under the budget', async () => {
    const { agent } = await signInDemoClient(testApp, 'ewan')
    for (const path of ['/client/home', '/client/my-payments/payment-plan', '/client/messages', '/client/my-details']) {
      expect(total(await pageWeight(agent, path)), path).to.be.below(BUDGET_BYTES)
    }
  })

  it('keeps the caseworker and Receipts and Payments Tool pages under the budget', async () => {
    const { agent: caseworker } = await signedInCaseworker(testApp.app)
    const ewan = await testApp.database.db('clients').where({ customer_reference_number: '121004000034' }).first('id')
    for (const path of ['/caseworker/find-a-client', `/caseworker/clients/${ewan!.id}`]) {
      expect(total(await pageWeight(caseworker, path)), path).to.be.below(BUDGET_BYTES)
    }
    const administrator = await signInAs(testApp.app, CHRIS)
    for (const path of ['/receipts-tool/menu', '/receipts-tool/users']) {
      expect(total(await pageWeight(administrator, path)), path).to.be.below(BUDGET_BYTES)
    }
  })

  it('names every script and stylesheet by its content’s hash and lets browsers keep it for a year', async () => {
    const agent = request.agent(testApp.app)
    const assets = assetsOf((await agent.get('/client')).text)
    expect(assets.filter(asset => /^\/assets\/(application|govuk-frontend)-[0-9a-f]{10}\./.test(asset))).to.have.length(
      2,
    )
    for (const asset of assets) {
      const response = await agent.get(asset).set('Accept-Encoding', 'gzip').buffer(true).parse(readBytes)
      const digest = createHash('sha256')
        .update(response.body as Buffer)
        .digest('hex')
        .slice(0, 10)
      expect(asset, asset).to.match(new RegExp(`-${digest}\\.(min\\.js|css|mjs)$`))
      expect(response.headers['cache-control'], asset).to.equal('public, max-age=31536000, immutable')
      expect(response.headers['content-encoding'], asset).to.equal('gzip')
    }
  })

  it('counts a page with a heavy stylesheet as over the budget', () => {
    // The measure itself: a page whose assets add up past 100 kB fails, so the budget can be broken.
    expect(total({ html: 20_000, assets: { '/assets/application.css': 90_000 } })).to.be.above(BUDGET_BYTES)
    expect(
      assetsOf('<link rel="stylesheet" href="/a.css"><script type="module">import { x } from "/assets/b.js"</script>'),
    ).to.deep.equal(['/a.css', '/assets/b.js'])
  })
})
