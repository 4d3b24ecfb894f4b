/// <reference lib="dom" />
import { expect } from 'chai'
import type { Page } from 'playwright-core'
import { expectNoAxeViolations, startBrowserTest, visit, type BrowserTestEnvironment } from './support/browser.ts'

describe('landing pages in a browser with JavaScript off', function () {
  this.timeout(120_000)
  let environment: BrowserTestEnvironment
  let page: Page
  before(async () => {
    environment = await startBrowserTest()
  })
  beforeEach(async () => {
    page = await environment.newPage()
  })
  afterEach(() => page.context().close())
  after(() => environment.close())

  for (const [path, heading, serviceName] of [
    ['/client', 'Self-service website for clients', 'Child Maintenance Service'],
    ['/client?lang=cy', 'Gwefan hunanwasanaeth i gleientiaid', 'Gwasanaeth Cynhaliaeth Plant'],
    ['/ni', 'Self-service website for clients', 'Northern Ireland Child Maintenance Service'],
    ['/ni?lang=cy', 'Gwefan hunanwasanaeth i gleientiaid', 'Gwasanaeth Cynhaliaeth Plant Gogledd Iwerddon'],
  ] as const) {
    it(`renders ${path} with GOV.UK styles and no accessibility violations`, async () => {
      await visit(environment, page, path)
      expect(await page.locator('h1').innerText()).to.equal(heading)
      expect((await page.locator('.govuk-service-navigation__service-name').innerText()).trim()).to.equal(serviceName)
      // GOV.UK Frontend's stylesheet is applied: the heading uses its font and size.
      const fontFamily = await page.locator('h1').evaluate(element => getComputedStyle(element).fontFamily)
      expect(fontFamily).to.contain('GDS Transport')
    })
  }

  it('switches language and stays on the same page', async () => {
    await visit(environment, page, '/client/help')
    await page.getByRole('link', { name: /Cymraeg/ }).click()
    expect(new URL(page.url()).pathname).to.equal('/client/help')
    expect(await page.locator('h1').innerText()).to.equal('Cymorth a chwestiynau cyffredin')
    await expectNoAxeViolations(environment, page)
    // The choice is remembered as the user moves on.
    await page.getByRole('link', { name: 'Cwcis' }).click()
    expect(await page.locator('h1').innerText()).to.equal('Cwcis')
    await page.getByRole('link', { name: /English/ }).click()
    expect(new URL(page.url()).pathname).to.equal('/client/cookies')
    expect(await page.locator('h1').innerText()).to.equal('Cookies')
  })

  it('shows the page-not-found page in both languages', async () => {
    await visit(environment, page, '/client/no-such-page', 404)
    expect(await page.locator('h1').innerText()).to.equal('Page not found')
    await visit(environment, page, '/client/no-such-page?lang=cy', 404)
    expect(await page.locator('h1').innerText()).to.equal('Tudalen heb ei darganfod')
  })

  for (const path of [
    '/client/cookies',
    '/client/accessibility-statement',
    '/client/contact',
    '/ni/help',
    '/client/terms-and-conditions',
    '/client/privacy',
    '/client/signed-out',
    '/caseworker/sign-in',
    '/receipts-tool/sign-in',
  ]) {
    it(`has no accessibility violations on ${path}`, async () => {
      await visit(environment, page, path)
    })
  }

  it('fits a 320px-wide phone without sideways scrolling', async () => {
    const phonePage = await environment.newPage({ viewport: { width: 320, height: 640 } })
    try {
      await phonePage.goto('/client')
      const overflow = await phonePage.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).to.be.at.most(0)
      await expectNoAxeViolations(environment, phonePage)
    } finally {
      await phonePage.context().close()
    }
  })
})
