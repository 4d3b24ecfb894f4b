import { expect } from 'chai'
import type { Page } from 'playwright-core'
import { insertIdentityAccount } from '../fixtures/clients.ts'
import { expectNoAxeViolations, startBrowserTest, type BrowserTestEnvironment } from './support/browser.ts'

/*
 * Setting up a Direct Debit with JavaScript off, on a phone: the form with its errors, check your
 * answers and the confirmation, each checked by axe; and the direct payment form for a receiving parent.
 */
describe('Direct Debit and direct payment in a browser with JavaScript off', function () {
  this.timeout(300_000)
  let environment: BrowserTestEnvironment
  let page: Page
  before(async () => {
    environment = await startBrowserTest({ demoData: true }, { width: 320, height: 900 })
  })
  afterEach(() => page.context().close())
  after(() => environment.close())

  async function signIn(userId: string, password: string, pin: string): Promise<void> {
    page = await environment.newPage()
    await page.goto('/client/sign-in')
    await page.getByLabel('User ID').fill(userId)
    await page.getByLabel('Password', { exact: true }).fill(password)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    const labels = await page.locator('label').allInnerTexts()
    const [first, second] = labels.map(label => Number.parseInt(label, 10))
    await page.locator('#firstDigit').fill(pin.charAt(first! - 1))
    await page.locator('#secondDigit').fill(pin.charAt(second! - 1))
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(new URL(page.url()).pathname).to.equal('/client/home')
  }

  it('sets up a Direct Debit for a paying parent, through check your answers', async () => {
    const { db } = environment.testApp.database
    const george = await db('clients').where({ customer_reference_number: '121003957455' }).first('id')
    const account = await insertIdentityAccount(db, { password: 'Walnut123' }, george!.id)
    await signIn(account.userId, 'Walnut123', '2468135')
    await page.goto('/client/my-payments')
    await expectNoAxeViolations(environment, page)
    await page.getByRole('link', { name: 'Set up or change a Direct Debit' }).click()
    expect(await page.locator('h1').innerText()).to.equal('Set up a Direct Debit')
    await expectNoAxeViolations(environment, page)

    await page.getByLabel('Name on the account').fill('George Mills')
    await page.getByLabel('Sort code').fill('08-99-99')
    await page.getByLabel('Account number').fill('66374959')
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(await page.locator('.govuk-error-summary').innerText()).to.contain(
      'Enter a valid combination of sort code and account number',
    )
    await expectNoAxeViolations(environment, page)

    await page.getByLabel('Account number').fill('66374958')
    await page.getByLabel('Day of the month to collect payments').fill('15')
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(await page.locator('h1').innerText()).to.equal('Check your answers')
    expect(await page.locator('[data-test="check-answers"]').innerText()).to.contain('Account ending in 4958')
    await expectNoAxeViolations(environment, page)
    await page.getByRole('button', { name: 'Confirm and send' }).click()
    expect(await page.locator('.govuk-panel__title').innerText()).to.equal('Request sent')
    await expectNoAxeViolations(environment, page)
  })

  it('shows a receiving parent the direct payment form without accessibility problems', async () => {
    await signIn('3012 4578 9023', 'Demo1234', '5318642')
    await page.goto('/client/my-payments/direct-payment')
    expect(await page.locator('h1').innerText()).to.equal('Tell us where to pay your child maintenance')
    await expectNoAxeViolations(environment, page)
    await page.goto('/client/my-payments/direct-debit')
    await expectNoAxeViolations(environment, page)
  })
})
