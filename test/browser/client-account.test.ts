import fs from 'node:fs'
import { expect } from 'chai'
import type { Page } from 'playwright-core'
import { pdfLines } from '../support/pdf-text.ts'
import { expectNoAxeViolations, startBrowserTest, type BrowserTestEnvironment } from './support/browser.ts'

/*
 * A paying parent's account with JavaScript off: sign in, read the home page, download a statement
 * PDF and pay by card through the sandbox. axe checks every page of ours, at desktop and phone widths.
 */
describe('the client account in a browser with JavaScript off', function () {
  this.timeout(300_000)
  let environment: BrowserTestEnvironment
  let page: Page
  before(async () => {
    environment = await startBrowserTest({ demoData: true })
  })
  afterEach(() => page.context().close())
  after(() => environment.close())

  const heading = () => page.locator('h1').first().innerText()

  async function signInAsEwan(width: number): Promise<void> {
    page = await environment.newPage({ viewport: { width, height: 900 } })
    await page.goto('/client/sign-in')
    await page.getByLabel('User ID').fill('2061 2145 0971')
    await page.getByLabel('Password', { exact: true }).fill('Demo1234')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    const labels = await page.locator('label').allInnerTexts()
    const [first, second] = labels.map(label => Number.parseInt(label, 10))
    await page.locator('#firstDigit').fill('9753108'.charAt(first! - 1))
    await page.locator('#secondDigit').fill('9753108'.charAt(second! - 1))
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(new URL(page.url()).pathname).to.equal('/client/home')
  }

  for (const width of [1280, 320]) {
    it(`reads the home page, the plan and the cases without accessibility problems at ${width}px`, async () => {
      await signInAsEwan(width)
      expect(await page.locator('[data-test="account-status"]').innerText()).to.contain('£50.00 more than you agreed')
      expect(await page.locator('[data-test="next-payments"] tbody tr').count()).to.equal(3)
      await expectNoAxeViolations(environment, page)
      for (const path of [
        '/client/my-payments',
        '/client/my-payments/payment-plan',
        '/client/my-payments/payment-plan/print',
        '/client/my-payments/statement',
        '/client/my-cases',
        '/client/my-cases/annual-reviews',
      ]) {
        expect((await page.goto(path))?.status(), path).to.equal(200)
        await expectNoAxeViolations(environment, page)
      }
      await page.goto('/client/my-cases')
      await page.getByRole('link', { name: 'See my maintenance calculation' }).click()
      await expectNoAxeViolations(environment, page)
      await page.goBack()
      await page.getByRole('link', { name: 'View calculation history' }).first().click()
      await expectNoAxeViolations(environment, page)
    })
  }

  it('finds a statement between dates and downloads it as a PDF with the figures on the page', async () => {
    await signInAsEwan(1280)
    await page.getByRole('link', { name: 'My payments' }).first().click()
    await page.getByRole('link', { name: 'View copies of my statements' }).click()
    await expectNoAxeViolations(environment, page)
    // Reversed dates are explained, then corrected.
    await page.locator('#from-day').fill('1')
    await page.locator('#from-month').fill('10')
    await page.locator('#from-year').fill('2026')
    await page.locator('#to-day').fill('1')
    await page.locator('#to-month').fill('9')
    await page.locator('#to-year').fill('2026')
    await page.getByRole('button', { name: 'Show statements' }).click()
    expect(await page.locator('.govuk-error-summary').innerText()).to.contain('must be before the ‘to’ date')
    await expectNoAxeViolations(environment, page)
    await page.locator('#to-month').fill('10')
    await page.locator('#to-day').fill('31')
    await page.getByRole('button', { name: 'Show statements' }).click()
    await page.getByRole('link', { name: '1 October 2026 to 31 October 2026' }).click()
    expect(await heading()).to.equal('Statement copy')
    await expectNoAxeViolations(environment, page)
    const closing = (await page.locator('[data-test="closing-balance"]').innerText()).split(': ')[1]!

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-test="statement-pdf"]').click(),
    ])
    expect(download.suggestedFilename()).to.equal('statement-1200000402-2026-10.pdf')
    const text = (await pdfLines(fs.readFileSync(await download.path()))).flat().join('\n')
    expect(text).to.contain('Child maintenance statement').and.contain('Case number: 1200000402')
    expect(text).to.contain(`Balance at the end of the period ${closing}`)
  })

  it('pays by card through the sandbox, end to end', async () => {
    await signInAsEwan(320)
    await page.getByRole('button', { name: 'Make a payment' }).click()
    expect(await heading()).to.equal('Make a payment')
    await expectNoAxeViolations(environment, page)
    await page.getByRole('button', { name: 'Continue to payment' }).click()
    expect(await page.locator('.govuk-error-summary').innerText()).to.contain('Enter the amount you want to pay')
    await expectNoAxeViolations(environment, page)
    await page.getByLabel('Amount').fill('25.50')
    await page.getByLabel('I accept the terms of use').check()
    await page.getByRole('button', { name: 'Continue to payment' }).click()

    expect(await heading()).to.equal('Enter card details')
    await page.fill('#cardNumber', '4444 3333 2222 1111')
    await page.fill('#expiryMonth', '12')
    await page.fill('#expiryYear', '30')
    await page.fill('#cardholderName', 'Ewan Jones')
    await page.fill('#securityCode', '123')
    await page.fill('#addressLine1', '1 High Street')
    await page.fill('#addressCity', 'Leeds')
    await page.fill('#addressPostcode', 'LS1 4AB')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'Confirm payment' }).click()

    expect(new URL(page.url()).pathname).to.equal('/client/make-a-payment/return')
    expect(await page.locator('.govuk-panel__title').innerText()).to.equal('Payment successful')
    await expectNoAxeViolations(environment, page)
    await page.reload()
    expect(await page.locator('.govuk-panel__title').innerText()).to.equal('Payment successful')
    const entries = await environment.testApp.database
      .db('ledger_entries')
      .where({ source: 'card_payment', amount_pence: 2550 })
    expect(entries).to.have.length(1)
  })
})
