import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { AxeBuilder } from '@axe-core/playwright'
import { expect } from 'chai'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { createTestApp, type TestApp, type TestAppOptions } from '../../support/test-app.ts'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** The WCAG 2.2 AA rule set, as axe-core tags it. */
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export interface BrowserTestEnvironment {
  testApp: TestApp
  baseUrl: string
  browser: Browser
  /** JavaScript on, used only to run axe on copies of the pages visited with JavaScript off. */
  axeContext: BrowserContext
  /** A page in a new browser context (its own cookies) with JavaScript off: every journey must work like this. */
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>
  close(): Promise<void>
}

export async function startBrowserTest(
  options: TestAppOptions = {},
  viewport = { width: 1280, height: 900 },
): Promise<BrowserTestEnvironment> {
  if (!fs.existsSync(CHROMIUM_PATH))
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium package`)
  const testApp = await createTestApp(options)
  const server: Server = await new Promise(resolve => {
    const listening = testApp.app.listen(0, '127.0.0.1', () => resolve(listening))
  })
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs })
  const axeContext = await browser.newContext({ bypassCSP: true, baseURL: baseUrl, viewport })
  return {
    testApp,
    baseUrl,
    browser,
    axeContext,
    async newPage(options = {}) {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        baseURL: baseUrl,
        viewport: options.viewport ?? viewport,
      })
      return context.newPage()
    },
    async close() {
      await browser.close()
      await new Promise(resolve => server.close(resolve))
      await testApp.close()
    },
  }
}

/**
 * Runs axe-core (WCAG 2.2 AA) on the page as it is now. axe needs JavaScript, so the page's HTML is
 * loaded into a JavaScript-on page on the same origin, where its styles resolve, and checked there.
 */
export async function expectNoAxeViolations(environment: BrowserTestEnvironment, page: Page): Promise<void> {
  const html = await page.content()
  const checkPage = await environment.axeContext.newPage()
  try {
    // Checked at the journey's own width, so a phone-sized journey is checked as a phone shows it.
    const viewport = page.viewportSize()
    if (viewport) await checkPage.setViewportSize(viewport)
    await checkPage.goto('/health')
    await checkPage.setContent(html, { waitUntil: 'load' })
    const results = await new AxeBuilder({ page: checkPage }).withTags(wcagTags).analyze()
    const summary = results.violations.map(
      violation =>
        `${violation.id}: ${violation.help} (${violation.nodes.map(node => node.target.join(' ')).join(', ')})`,
    )
    expect(summary, `axe violations on ${page.url()}`).to.deep.equal([])
  } finally {
    await checkPage.close()
  }
}

/** Goes to a page with JavaScript off, checks the status, and runs axe on it. */
export async function visit(
  environment: BrowserTestEnvironment,
  page: Page,
  path: string,
  expectedStatus = 200,
): Promise<void> {
  const response = await page.goto(path)
  expect(response?.status(), path).to.equal(expectedStatus)
  await expectNoAxeViolations(environment, page)
}
