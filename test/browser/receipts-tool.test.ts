import { expect } from 'chai'
import type { Page } from 'playwright-core'
import { expectNoAxeViolations, startBrowserTest, visit, type BrowserTestEnvironment } from './support/browser.ts'

/*
 * The seed's procedure ("Exceptional Case - Receipts And Payments Tool - Add/Remove User") end to
 * end with JavaScript off: an administrator adds a caseworker, grants and then revokes their
 * profile; a caseworker records a receipt and a payment. axe checks every page on the way.
 */

async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').first().innerText()).trim()
}

/** Clicks, then checks the page it leads to for accessibility. */
async function clickThrough(environment: BrowserTestEnvironment, page: Page, click: () => Promise<void>) {
  await click()
  await expectNoAxeViolations(environment, page)
}

describe('Receipts and Payments Tool in a browser with JavaScript off', function () {
  this.timeout(180_000)
  let environment: BrowserTestEnvironment
  before(async () => {
    environment = await startBrowserTest({ demoData: true })
  })
  after(() => environment.close())

  async function signIn(page: Page, staffId: string) {
    await visit(environment, page, '/receipts-tool/sign-in')
    await page.getByLabel('Staff ID').fill(staffId)
    await page.getByLabel('Password', { exact: true }).fill('Demo-staff-1')
    await clickThrough(environment, page, () => page.getByRole('button', { name: 'Sign in' }).click())
  }

  it('lets an administrator add a caseworker, grant and revoke their profile', async () => {
    const page = await environment.newPage()
    try {
      await signIn(page, '76834403')
      expect(await heading(page)).to.equal('Administrator menu')
      expect(await page.locator('[data-status="current-user"]').innerText()).to.equal('76834403 - Chris Bowler')
      expect(await page.locator('[data-status="system-date"]').innerText()).to.equal('23/11/2026')

      await clickThrough(environment, page, () => page.getByRole('link', { name: 'Maintain Users' }).first().click())
      expect(await heading(page)).to.equal('Users')
      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Create user' }).click())
      expect(await heading(page)).to.equal('Create user')

      await page.getByLabel('Staff ID').fill('40000001')
      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Find' }).click())
      expect(await page.locator('.govuk-summary-list').first().innerText()).to.contain('Sam Taylor')

      // Saving without a phone number shows the GOV.UK error summary.
      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Save' }).click())
      expect(await page.locator('.govuk-error-summary').innerText()).to.contain('Enter a phone number')
      await page.getByLabel('Phone Number').fill('4321')
      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Save' }).click())
      expect(await heading(page)).to.equal('Grant user profile')
      expect(await page.locator('.govuk-notification-banner').innerText()).to.contain(
        'You have successfully added the new user record to the database',
      )

      await page.getByLabel('Role').selectOption({ label: 'Case Worker' })
      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Grant' }).click())
      expect(await page.locator('.govuk-notification-banner').innerText()).to.contain('Case Worker profile granted')
      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Close' }).click())
      const samRow = page.locator('tbody tr', { hasText: '40000001' })
      expect(await samRow.innerText())
        .to.contain('Sam Taylor')
        .and.contain('Case Worker')

      await clickThrough(environment, page, () => samRow.getByRole('link', { name: /Edit\/Delete record/ }).click())
      expect(await heading(page)).to.equal('Edit user')
      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Revoke Profile' }).click())
      expect(await heading(page)).to.equal('Are you sure you want to revoke this profile?')
      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Yes, revoke profile' }).click())
      expect(await page.locator('.govuk-notification-banner').innerText()).to.contain(
        'The user profile has been deleted',
      )
      expect(await page.locator('tbody tr', { hasText: '40000001' }).count()).to.equal(0)

      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Sign out' }).click())
      expect(await heading(page)).to.equal('You have been signed out')
    } finally {
      await page.context().close()
    }
  })

  it('lets a caseworker record a receipt and a payment', async () => {
    const page = await environment.newPage()
    try {
      await signIn(page, '35220900')
      expect(await heading(page)).to.equal('Choose your user role')
      await page.getByLabel('Case Worker').check()
      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Continue' }).click())
      expect(await heading(page)).to.equal('Case Worker menu')

      await clickThrough(environment, page, () => page.getByRole('link', { name: 'Exceptional cases' }).first().click())
      await page.getByLabel('Find a case').fill('Mensah')
      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Find' }).click())
      await clickThrough(environment, page, () => page.getByRole('link', { name: 'EC000003' }).click())
      expect(await heading(page)).to.equal('Case EC000003')

      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Record a receipt' }).click())
      await page.getByLabel('Day').fill('20')
      await page.getByLabel('Month').fill('11')
      await page.getByLabel('Year').fill('2026')
      await page.getByLabel('Amount').fill('152.00')
      await page.getByLabel('Postal order').check()
      await page.getByLabel('Payer').fill('Kwame Mensah')
      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Record receipt' }).click())
      expect(await page.locator('.govuk-notification-banner').innerText()).to.contain('Receipt of £152.00 recorded')
      expect(await page.locator('#balance-held').innerText()).to.equal('£152.00')

      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Record a payment' }).click())
      await page.getByLabel('Day').fill('23')
      await page.getByLabel('Month').fill('11')
      await page.getByLabel('Year').fill('2026')
      await page.getByLabel('Amount').fill('200')
      await page.getByLabel('Bank transfer').check()
      await page.getByLabel('Payee account reference').fill('MENSAH-A-001')
      // More than the balance held: refused, with what was typed kept.
      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Record payment' }).click())
      expect(await page.locator('.govuk-error-summary').innerText()).to.contain('balance held of £152.00')
      await page.getByLabel('Amount').fill('152')
      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Record payment' }).click())
      expect(await page.locator('.govuk-notification-banner').innerText()).to.contain('Payment of £152.00 recorded')
      expect(await page.locator('#balance-held').innerText()).to.equal('£0.00')

      await clickThrough(environment, page, () => page.getByRole('button', { name: 'Case statement' }).click())
      expect(await heading(page)).to.equal('Case statement')
      for (const path of [
        '/receipts-tool/reports',
        '/receipts-tool/reports/balances',
        '/receipts-tool/reports/money-held',
        '/receipts-tool/letters',
      ]) {
        await visit(environment, page, path)
      }
    } finally {
      await page.context().close()
    }
  })
})
