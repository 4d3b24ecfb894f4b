import { expect } from 'chai'
import type { Page } from 'playwright-core'
import { expectNoAxeViolations, startBrowserTest, visit, type BrowserTestEnvironment } from './support/browser.ts'

describe('caseworker intranet in a browser with JavaScript off', function () {
  this.timeout(300_000)
  let environment: BrowserTestEnvironment
  let page: Page
  before(async () => {
    environment = await startBrowserTest({ demoData: true })
    page = await environment.newPage()
  })
  after(async () => {
    await page.context().close()
    await environment.close()
  })

  it('signs in, finds a client, opens their record, and reaches each security and payment page', async () => {
    await visit(environment, page, '/caseworker/sign-in')
    await page.getByLabel('Staff ID').fill('35220900')
    await page.getByLabel('Password', { exact: true }).fill('Demo-staff-1')
    await page.getByRole('button', { name: 'Sign in' }).click()
    expect(await page.locator('h1').innerText()).to.equal('Find a client')
    await expectNoAxeViolations(environment, page)

    await page.getByLabel('Surname').fill('Jones')
    await page.getByLabel('Day').fill('5')
    await page.getByLabel('Month').fill('5')
    await page.getByLabel('Year').fill('1975')
    await page.getByRole('button', { name: 'Search by surname and date of birth' }).click()
    await expectNoAxeViolations(environment, page)
    await page.getByRole('link', { name: 'Ewan Jones' }).click()
    expect(await page.locator('h1').innerText()).to.equal('Mr Ewan Jones')
    await expectNoAxeViolations(environment, page)

    await page.getByRole('button', { name: 'Reset PIN' }).click()
    await expectNoAxeViolations(environment, page)
    await page.getByRole('link', { name: 'Cancel' }).click()
    await page.getByRole('button', { name: 'Take a payment by telephone' }).click()
    await expectNoAxeViolations(environment, page)
    await page.getByRole('button', { name: 'Continue to card details' }).click()
    expect(await page.locator('.govuk-error-summary').innerText()).to.contain('Select the case the payment is for')
    await expectNoAxeViolations(environment, page)

    await page.getByRole('link', { name: 'Outbound messages' }).click()
    await expectNoAxeViolations(environment, page)
  })

  it('shows errors on the search form without accessibility problems', async () => {
    await page.goto('/caseworker/find-a-client?by=name&lastName=&dateOfBirth-day=&dateOfBirth-month=&dateOfBirth-year=')
    expect(await page.locator('.govuk-error-summary').innerText()).to.contain('Enter a surname')
    await expectNoAxeViolations(environment, page)
  })
})
