import { expect } from 'chai'
import type { Page } from 'playwright-core'
import { expectNoAxeViolations, startBrowserTest, type BrowserTestEnvironment } from './support/browser.ts'

/** Demo clients already enrolled (see the README), one per screen size so each journey starts fresh. */
const people = {
  desktop: { userId: '2061 2145 0971', password: 'Demo1234', pin: '9753108', crn: '121004000034' },
  mobile: { userId: '3012 4578 9023', password: 'Demo1234', pin: '5318642', crn: '121004000042' },
}

for (const [screen, viewport, person] of [
  ['1280px', { width: 1280, height: 900 }, people.desktop],
  ['320px', { width: 320, height: 640 }, people.mobile],
] as const) {
  describe(`My details in a browser with JavaScript off, at ${screen}`, function () {
    this.timeout(300_000)
    let environment: BrowserTestEnvironment
    let page: Page
    before(async () => {
      environment = await startBrowserTest({ demoData: true }, viewport)
      page = await environment.newPage()
      await signIn()
    })
    after(async () => {
      await page.context().close()
      await environment.close()
    })

    /** Every page visited is checked for accessibility before the next action. */
    async function checked(): Promise<void> {
      await expectNoAxeViolations(environment, page)
    }

    async function heading(): Promise<string> {
      return (await page.locator('h1').innerText()).trim()
    }

    async function signIn(): Promise<void> {
      await page.goto('/client/sign-in')
      await page.getByLabel('User ID').fill(person.userId)
      await page.getByLabel('Password', { exact: true }).fill(person.password)
      await page.getByRole('button', { name: 'Sign in', exact: true }).click()
      const labels = await page.locator('label').allInnerTexts()
      const [first, second] = labels.map(label => Number.parseInt(label, 10))
      await page.locator('#firstDigit').fill(person.pin.charAt(first! - 1))
      await page.locator('#secondDigit').fill(person.pin.charAt(second! - 1))
      await page.getByRole('button', { name: 'Continue' }).click()
      expect(page.url()).to.match(/\/client\/home$/)
    }

    async function openMyDetails(): Promise<void> {
      await page.goto('/client/my-details')
      await checked()
      expect(await heading()).to.equal('My details')
    }

    it('changes the client PIN', async () => {
      await page.goto('/client/home')
      await page.locator('.govuk-service-navigation a', { hasText: 'My details' }).click()
      await checked()
      await page.getByRole('link', { name: 'Change your client PIN' }).click()
      await checked()
      await page.getByRole('button', { name: 'Change PIN' }).click()
      await checked()
      expect(await page.locator('.govuk-error-summary').innerText()).to.contain('Enter your existing PIN')
      await page.getByLabel('Existing PIN').fill(person.pin)
      await page.getByLabel('New PIN', { exact: true }).fill('3917264')
      await page.getByLabel('Confirm new PIN').fill('3917264')
      await page.getByRole('button', { name: 'Change PIN' }).click()
      await checked()
      expect(await heading()).to.equal('Your PIN has been changed')
      const stored = await environment.testApp.database
        .db('clients')
        .where({ customer_reference_number: person.crn })
        .first()
      expect(environment.testApp.deps.pinSecret.decrypt(stored!.pin_ciphertext!, person.crn)).to.equal('3917264')
    })

    it('changes the home address through the postcode lookup', async () => {
      await openMyDetails()
      await page.getByRole('link', { name: 'Check or change your contact details' }).click()
      await checked()
      await page.locator('a[href="/client/my-details/contact/address/home"]').click()
      await checked()
      await page.getByLabel('Postcode').fill('bt28 2bl')
      await page.getByRole('button', { name: 'Find address' }).click()
      await checked()
      expect(await heading()).to.equal('Select your home address')
      await page.getByRole('button', { name: 'Use this address' }).click()
      await checked()
      await page.locator('.govuk-radios__input').first().check()
      await page.getByRole('button', { name: 'Use this address' }).click()
      await checked()
      expect(await page.locator('.govuk-notification-banner').innerText()).to.contain(
        'Your home address has been updated.',
      )
      expect(await page.locator('[data-test="email-and-addresses"]').innerText()).to.contain('BT28 2BL')
    })

    it('reports a change of name and shows the reference', async () => {
      await openMyDetails()
      await page.getByRole('link', { name: 'Check your personal details' }).click()
      await checked()
      await page.locator('a[href="/client/my-details/personal/name"]').click()
      await checked()
      await page.getByLabel('First name').fill('')
      await page.getByRole('button', { name: 'Continue' }).click()
      await checked()
      await page.getByLabel('First name').fill('Evan')
      await page.getByRole('button', { name: 'Continue' }).click()
      await checked()
      expect(await heading()).to.equal('Check your answers before sending your change')
      await page.getByRole('button', { name: 'Send change' }).click()
      await checked()
      expect(await heading()).to.contain('Change sent')
      const reference = (await page.locator('[data-test="reference"]').innerText()).trim()
      expect(reference).to.match(/^SR-[A-Z0-9]{8}$/)
      const request = await environment.testApp.database.db('service_requests').where({ reference }).first()
      expect(request).to.include({ request_type: 'change_of_name', source: 'self_service' })
    })

    it('shows the other My details pages, and their errors, without accessibility problems', async () => {
      for (const path of [
        'contact/phone-numbers',
        'contact/email',
        'contact/preference',
        'contact/text-updates',
        'contact/address/postal/manual',
        'changes/report/change_of_income',
      ]) {
        await page.goto(`/client/my-details/${path}`)
        await checked()
        await page.locator('form[novalidate] button.govuk-button').first().click()
        await checked()
      }
      await page.goto('/client/my-details/changes')
      await checked()
      await page.getByRole('link', { name: 'Something else has changed' }).click()
      await page.getByLabel('What has changed?').fill('I am moving abroad next year.')
      await page.getByRole('button', { name: 'Continue' }).click()
      await checked()
      await page.getByRole('button', { name: 'Send change' }).click()
      await checked()
      expect(await heading()).to.contain('Change sent')
    })
  })
}
