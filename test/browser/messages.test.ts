import { expect } from 'chai'
import type { Page } from 'playwright-core'
import { insertCase } from '../fixtures/cases.ts'
import { insertClientRecord, insertEnrolledClient } from '../fixtures/clients.ts'
import { png } from '../fixtures/files.ts'
import { expectNoAxeViolations, startBrowserTest, visit, type BrowserTestEnvironment } from './support/browser.ts'

/** A client sends a message with two attachments with JavaScript off, and finds it in their contact history. */
describe('secure messages in a browser, JavaScript off', function () {
  this.timeout(180_000)
  let environment: BrowserTestEnvironment
  let account: { userId: string; password: string }
  const pin = '2468135'
  before(async () => {
    environment = await startBrowserTest()
    const { testApp } = environment
    const { db } = testApp.database
    const enrolled = await insertEnrolledClient(db, testApp.deps.pinSecret, { pin, contactPreference: 'self_service' })
    account = enrolled.account
    await insertCase(db, {
      payingParentClientId: enrolled.client.id,
      receivingParentClientId: await insertClientRecord(db),
      children: [{ firstName: 'Kate', lastName: 'Morgan' }],
    })
    await testApp.deps.letterIssuer.issue({
      clientId: enrolled.client.id,
      templateCode: 'ANNUAL_REVIEW',
      details: { caseNumber: '123456789', reviewDate: '2027-01-15', newAmountPence: 21000 },
      issuedBy: 'system',
    })
  })
  after(() => environment.close())

  async function signIn(page: Page): Promise<void> {
    await page.goto('/client/sign-in')
    await page.getByLabel('User ID').fill(account.userId)
    await page.getByLabel('Password', { exact: true }).fill(account.password)
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    const labels = await page.locator('label').allInnerTexts()
    const [first, second] = labels.map(label => Number.parseInt(label, 10))
    await page.locator('#firstDigit').fill(pin.charAt(first! - 1))
    await page.locator('#secondDigit').fill(pin.charAt(second! - 1))
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(await page.locator('h1').innerText()).to.equal('Your child maintenance')
  }

  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 320, height: 640 },
  ]) {
    it(`sends a message with two attachments and sees them in contact history at ${viewport.width}px`, async () => {
      const page = await environment.newPage({ viewport })
      await signIn(page)
      await page.goto('/client/messages/send')
      await expectNoAxeViolations(environment, page)

      await page.getByRole('button', { name: 'Send message' }).click()
      expect(await page.locator('.govuk-error-summary').innerText()).to.contain('Select what your message is about')
      await expectNoAxeViolations(environment, page)

      await page.getByLabel('Missing payments').check()
      await page.getByLabel('Kate Morgan').check()
      await page.getByLabel('Your message').fill('The October payment has not arrived.')
      await page.setInputFiles('#attachments', [
        { name: 'bank-statement.png', mimeType: 'image/png', buffer: png() },
        { name: 'payslip.png', mimeType: 'image/png', buffer: png() },
      ])
      await page.getByRole('button', { name: 'Send message' }).click()
      expect(await page.locator('h1').innerText()).to.equal('Message sent')
      const reference = await page.locator('[data-test="reference"]').innerText()
      expect(reference).to.match(/^M-/)
      await expectNoAxeViolations(environment, page)

      await page.getByRole('link', { name: 'Go to your messages and contact history' }).click()
      expect(await page.locator('h1').innerText()).to.equal('Messages and contact history')
      const firstRow = await page.locator('[data-test="contact-history"] tbody tr').first().innerText()
      expect(firstRow).to.contain('Missing payments')
      expect(firstRow).to.contain('bank-statement.png')
      expect(firstRow).to.contain('payslip.png')
      expect(await page.content()).to.not.contain('The October payment has not arrived.')
      await expectNoAxeViolations(environment, page)

      await page.getByLabel('From date').fill('31/02/2026')
      await page.getByRole('button', { name: 'Filter' }).click()
      expect(await page.locator('.govuk-error-summary').innerText()).to.contain('From date must be a real date')
      await expectNoAxeViolations(environment, page)

      await visit(environment, page, '/client/messages/letters')
      await visit(environment, page, '/client/messages/upload-documents')
      await page.context().close()
    })
  }
})
