import { expect } from 'chai'
import type { Page } from 'playwright-core'
import { expectNoAxeViolations, startBrowserTest, visit, type BrowserTestEnvironment } from './support/browser.ts'

/** Nia Roberts's application is still being set up in the demo data. */
async function signInAsNia(environment: BrowserTestEnvironment, page: Page): Promise<void> {
  await visit(environment, page, '/client/sign-in?lang=en')
  await page.getByLabel('User ID').fill('4085 3176 2945')
  await page.getByLabel('Password', { exact: true }).fill('Demo1234')
  await page.getByRole('button', { name: 'Sign in' }).click()
  const positions = await page.locator('label[for="firstDigit"], label[for="secondDigit"]').allInnerTexts()
  const pin = '2750461'
  const digitAt = (label: string) => pin.charAt(Number(/\d+/.exec(label)![0]) - 1)
  await page.locator('#firstDigit').fill(digitAt(positions[0]!))
  await page.locator('#secondDigit').fill(digitAt(positions[1]!))
  await page.getByRole('button', { name: 'Continue' }).click()
}

describe('application status in a browser with JavaScript off', function () {
  this.timeout(300_000)
  let environment: BrowserTestEnvironment
  before(async () => {
    environment = await startBrowserTest({ demoData: true })
  })
  after(() => environment.close())

  for (const width of [1280, 320]) {
    it(`shows an applicant where their application is up to, in English and Welsh, at ${width}px`, async () => {
      const page = await environment.newPage({ viewport: { width, height: 900 } })
      await signInAsNia(environment, page)
      expect(await page.locator('[data-test="application-summary"]').innerText()).to.contain('Gathering information')
      await expectNoAxeViolations(environment, page)
      await page.getByRole('link', { name: 'See where your application is up to' }).click()
      expect(await page.locator('h1').innerText()).to.equal('Your application')
      expect(await page.locator('.govuk-task-list').innerText()).to.contain('proof of your income')
      await expectNoAxeViolations(environment, page)
      await page.getByRole('link', { name: 'Cymraeg' }).click()
      expect(await page.locator('h1').innerText()).to.equal('Eich cais')
      await expectNoAxeViolations(environment, page)
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(scrollWidth).to.be.at.most(width)
      await page.context().close()
    })
  }

  it('lets a caseworker move the application on, with errors shown accessibly', async () => {
    const page = await environment.newPage()
    await visit(environment, page, '/caseworker/sign-in')
    await page.getByLabel('Staff ID').fill('35220900')
    await page.getByLabel('Password', { exact: true }).fill('Demo-staff-1')
    await page.getByRole('button', { name: 'Sign in' }).click()
    const nia = await environment.testApp.database
      .db('clients')
      .where({ customer_reference_number: '121004000083' })
      .first()
    await visit(environment, page, `/caseworker/clients/${nia!.id}/application`)
    await page.getByLabel('Case set up').check()
    await page.getByRole('button', { name: 'Update the application' }).click()
    expect(await page.locator('.govuk-error-summary').innerText()).to.contain('Enter the first payment date')
    await expectNoAxeViolations(environment, page)
    await page.getByLabel('Working out child maintenance').check()
    await page.getByRole('button', { name: 'Update the application' }).click()
    expect(await page.locator('.govuk-notification-banner, .app-flash, main').first().innerText()).to.contain(
      'The application’s stage is updated',
    )
    await page.context().close()
  })
})
