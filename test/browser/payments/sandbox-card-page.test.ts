import { expect } from 'chai'
import type { Page } from 'playwright-core'
import { expectNoAxeViolations, startBrowserTest, type BrowserTestEnvironment } from '../support/browser.ts'

const wording = {
  en: {
    heading: 'Enter card details',
    continue: 'Continue',
    errorSummary: 'There is a problem',
    cardNumberError: 'Enter a valid card number',
    confirmHeading: 'Confirm your payment',
    confirm: 'Confirm payment',
    declined: 'Your payment has been declined',
  },
  cy: {
    heading: 'Rhowch fanylion y cerdyn',
    continue: 'Parhau',
    errorSummary: 'Mae problem',
    cardNumberError: 'Rhowch rif cerdyn dilys',
    confirmHeading: 'Cadarnhau eich taliad',
    confirm: 'Cadarnhau’r taliad',
    declined: 'Mae eich taliad wedi cael ei wrthod',
  },
} as const

describe('sandbox card details page in a browser with JavaScript off', function () {
  this.timeout(120_000)
  let environment: BrowserTestEnvironment
  let page: Page
  before(async () => {
    environment = await startBrowserTest()
  })
  afterEach(() => page.context().close())
  after(() => environment.close())

  async function openPayment(language: 'en' | 'cy', width = 1280): Promise<string> {
    page = await environment.newPage({ viewport: { width, height: 900 } })
    const created = await environment.testApp.deps.paymentProvider.createPayment({
      amountPence: 5025,
      reference: 'CMS-1200000101',
      description: language === 'cy' ? 'Taliad cynhaliaeth plant' : 'Child maintenance payment',
      returnUrl: `${environment.baseUrl}/client`,
      language,
    })
    const response = await page.goto(created.nextUrl)
    expect(response?.status()).to.equal(200)
    // GOV.UK Frontend's inline script marks the body when scripts run: here none did.
    expect(await page.locator('body').getAttribute('class')).not.to.contain('govuk-frontend-supported')
    return created.paymentId
  }

  async function fillCard(cardNumber: string): Promise<void> {
    await page.fill('#cardNumber', cardNumber)
    await page.fill('#expiryMonth', '12')
    await page.fill('#expiryYear', '30')
    await page.fill('#cardholderName', 'George Mills')
    await page.fill('#securityCode', '123')
    await page.fill('#addressLine1', '1 High Street')
    await page.fill('#addressCity', 'Leeds')
    await page.fill('#addressPostcode', 'LS1 4AB')
  }

  for (const [language, width] of [
    ['en', 1280],
    ['cy', 1280],
    ['en', 320],
  ] as const) {
    it(`pays with a test card in ${language === 'en' ? 'English' : 'Welsh'} at ${width}px, with no axe violations`, async () => {
      const text = wording[language]
      const paymentId = await openPayment(language, width)
      expect(await page.locator('h1').innerText()).to.equal(text.heading)
      expect(await page.locator('html').getAttribute('lang')).to.equal(language)
      await expectNoAxeViolations(environment, page)

      await page.getByRole('button', { name: text.continue, exact: true }).click()
      expect(await page.locator('.govuk-error-summary__title').innerText()).to.equal(text.errorSummary)
      expect(await page.locator('.govuk-error-summary__list a').first().innerText()).to.equal(text.cardNumberError)
      await expectNoAxeViolations(environment, page)

      await fillCard('4444 3333 2222 1111')
      await page.getByRole('button', { name: text.continue, exact: true }).click()
      expect(await page.locator('h1').innerText()).to.equal(text.confirmHeading)
      await expectNoAxeViolations(environment, page)

      await page.getByRole('button', { name: text.confirm }).click()
      expect(new URL(page.url()).pathname).to.equal('/client')
      const payment = await environment.testApp.deps.paymentProvider.getPayment(paymentId)
      expect(payment?.status).to.equal('success')
    })
  }

  it('shows a declined card’s page in Welsh, with no axe violations', async () => {
    await openPayment('cy')
    await fillCard('4000 0000 0000 0002')
    await page.getByRole('button', { name: wording.cy.continue, exact: true }).click()
    expect(await page.locator('h1').innerText()).to.equal(wording.cy.declined)
    await expectNoAxeViolations(environment, page)
  })
})
