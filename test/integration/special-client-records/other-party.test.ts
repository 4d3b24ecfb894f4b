import { expect } from 'chai'
import { demoCaseId, signInDemoClient } from '../../support/demo-clients.ts'
import type { Agent } from '../../support/client-journeys.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { pdfLines } from '../../support/pdf-text.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

/** Links a crawl never follows: they change the session (language, sign-out) or keep it alive. */
const NOT_FOLLOWED = /lang=|sign-out|keep-alive/

/**
 * Every page and PDF a signed-in client can reach by following links from their home page, as text:
 * the HTML of each page, and the text of each PDF (letters, statement copies).
 */
async function everythingVisible(agent: Agent, start = '/client/home', limit = 120): Promise<Map<string, string>> {
  const seen = new Map<string, string>()
  const queue = [start]
  while (queue.length > 0 && seen.size < limit) {
    const url = queue.shift()!
    if (seen.has(url)) continue
    const response = await agent.get(url).buffer(true)
    if (response.status !== 200) {
      seen.set(url, '')
      continue
    }
    if (String(response.headers['content-type']).startsWith('application/pdf')) {
      seen.set(url, (await pdfLines(response.body as Buffer)).flat().join('\n'))
      continue
    }
    seen.set(url, response.text)
    const $ = parseHtml(response.text)
    for (const href of $('a[href]')
      .map((_index, link) => $(link).attr('href'))
      .get<string>()) {
      const path = href.split('#')[0]!
      if (path.startsWith('/client/') && !NOT_FOLLOWED.test(path) && !seen.has(path)) queue.push(path)
    }
  }
  return seen
}

const pagesNaming = (visible: Map<string, string>, name: string) =>
  [...visible].filter(([, text]) => text.includes(name)).map(([url]) => url)

describe('special client records: what the other party sees', function () {
  // Each test crawls every page and PDF a client can reach.
  this.timeout(120_000)
  let testApp: TestApp
  let ewan: number
  before(async () => {
    testApp = await createTestApp({ demoData: true })
    ewan = (await testApp.database.db('clients').where({ customer_reference_number: '121004000034' }).first())!.id
  })
  after(() => testApp.close())

  const markEwan = () => testApp.deps.specialClientRecords.mark(ewan, '40000003', 'Risk of harm')
  const unmarkEwan = () => testApp.deps.specialClientRecords.unmark(ewan, '40000003', 'Risk has passed')

  it('names an unmarked paying parent to the receiving parent by first name (so the checks below can fail)', async () => {
    const { agent } = await signInDemoClient(testApp, 'sarah')
    const visible = await everythingVisible(agent)
    expect(pagesNaming(visible, 'Ewan')).to.include.members(['/client/my-cases', '/client/my-details/personal'])
  })

  describe('once the paying parent is a special client record', () => {
    before(markEwan)
    after(unmarkEwan)

    it('never shows the receiving parent his name on any page or PDF they can reach', async () => {
      const { agent } = await signInDemoClient(testApp, 'sarah')
      const visible = await everythingVisible(agent)
      const caseId = await demoCaseId(testApp, '1200000402')
      // The crawl reached the pages that name the other parent, the case's pages, letters and PDFs.
      expect([...visible.keys()]).to.include.members([
        '/client/home',
        '/client/my-cases',
        `/client/my-cases/${caseId}/calculation`,
        '/client/my-payments',
        '/client/my-payments/statements',
        '/client/messages',
        '/client/messages/letters',
        '/client/my-details/personal',
      ])
      expect(
        [...visible.keys()].some(url => url.startsWith('/client/messages/letters/')),
        'a letter PDF',
      ).to.equal(true)
      expect(
        [...visible.keys()].some(url => url.endsWith('.pdf')),
        'a statement PDF',
      ).to.equal(true)
      expect(pagesNaming(visible, 'Ewan')).to.deep.equal([])
    })

    it('says “the other parent” instead, in English and in Welsh', async () => {
      const { agent } = await signInDemoClient(testApp, 'sarah')
      const myCases = parseHtml((await agent.get('/client/my-cases')).text)
      expect(textOf(myCases, '[data-test="case"]')).to.contain('Paying parent The other parent')
      const personal = parseHtml((await agent.get('/client/my-details/personal')).text)
      expect(textOf(personal, '[data-test="case-1200000402"]')).to.contain('The other parent')
      const welsh = parseHtml((await agent.get('/client/my-cases?lang=cy')).text)
      expect(textOf(welsh, '[data-test="case"]')).to.contain('Y rhiant arall').and.not.contain('Ewan')
    })

    it('never shows his name on any page or PDF in Welsh either', async () => {
      const { agent } = await signInDemoClient(testApp, 'sarah')
      await agent.get('/client/home?lang=cy')
      const visible = await everythingVisible(agent)
      expect(visible.get('/client/home'), 'the crawl is in Welsh').to.contain('lang="cy"')
      expect(visible.get('/client/my-cases')).to.contain('Y rhiant arall')
      expect(
        [...visible.keys()].some(url => url.endsWith('.pdf')),
        'a statement PDF',
      ).to.equal(true)
      expect(pagesNaming(visible, 'Ewan')).to.deep.equal([])
    })

    it('still shows the special client his own name, and the other parent’s first name', async () => {
      const { agent } = await signInDemoClient(testApp, 'ewan')
      const home = await agent.get('/client/home')
      expect(home.text).to.contain('Ewan')
      const myCases = parseHtml((await agent.get('/client/my-cases')).text)
      expect(textOf(myCases, '[data-test="case"]')).to.contain('Receiving parent Sarah')
      const personal = parseHtml((await agent.get('/client/my-details/personal')).text)
      expect(textOf(personal, 'main')).to.contain('Ewan Jones')
    })
  })

  it('never shows Megan Lloyd the name of Owen Pritchard, the demo special client record', async () => {
    const { agent } = await signInDemoClient(testApp, 'megan')
    const visible = await everythingVisible(agent)
    expect(visible.get('/client/my-cases')).to.contain('The other parent')
    expect(pagesNaming(visible, 'Owen')).to.deep.equal([])
    expect(pagesNaming(visible, 'Pritchard')).to.deep.equal([])
  })

  it('names him again once the mark is taken off', async () => {
    await markEwan()
    await unmarkEwan()
    const { agent } = await signInDemoClient(testApp, 'sarah')
    expect(textOf(parseHtml((await agent.get('/client/my-cases')).text), '[data-test="case"]')).to.contain(
      'Paying parent Ewan',
    )
  })
})
