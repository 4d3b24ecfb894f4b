import { expect } from 'chai'
import type { Page } from 'playwright-core'
import { insertEnrolledClient } from '../fixtures/clients.ts'
import { newHomeAddress, raiseRequest, recordActivity, storeDocument } from '../fixtures/caseworker-work.ts'
import { expectNoAxeViolations, startBrowserTest, type BrowserTestEnvironment } from './support/browser.ts'

/*
 * The journey with JavaScript off: a caseworker finds a client who sent a message with an
 * attachment, views the document, answers it with an approved email, completes a change-of-address
 * service request and resets the client's PIN. Axe checks every page, at 1280px and at 320px.
 */
describe('caseworker work in a browser with JavaScript off', function () {
  this.timeout(300_000)
  let environment: BrowserTestEnvironment
  let clientId: number
  let messageId: number
  let requestId: number
  const crn = '987654321012'

  before(async () => {
    environment = await startBrowserTest({ demoData: true })
    const { deps, database } = environment.testApp
    const { client } = await insertEnrolledClient(database.db, deps.pinSecret, {
      customerReferenceNumber: crn,
      firstName: 'Megan',
      lastName: 'Hughes',
      email: 'megan@example.com',
      contactPreference: 'self_service',
    })
    clientId = client.id
    await database.db('clients').where({ id: clientId }).update({
      address_line_1: '7 Station Road',
      address_town: 'Cardiff',
      address_postcode: 'CF10 1AA',
      address_country: 'United Kingdom',
    })
    messageId = await recordActivity(deps, clientId, {
      subject: 'Missing payments',
      body: 'My October payment has not arrived. I attach my bank statement.',
      dueOn: '2026-11-25',
    })
    await storeDocument(deps, clientId, { messageId }, undefined, 'bank-statement.pdf')
    requestId = (await raiseRequest(deps, clientId, 'change_of_address', newHomeAddress)).id
    await storeDocument(deps, clientId, { serviceRequestId: requestId }, undefined, 'tenancy-agreement.pdf')
  })
  after(() => environment.close())

  async function signIn(page: Page) {
    await page.goto('/caseworker/sign-in')
    await page.getByLabel('Staff ID').fill('35220900')
    await page.getByLabel('Password', { exact: true }).fill('Demo-staff-1')
    await page.getByRole('button', { name: 'Sign in' }).click()
  }

  async function expectDocument(page: Page, linkName: RegExp) {
    const href = await page.getByRole('link', { name: linkName }).getAttribute('href')
    const response = await page.request.get(href!)
    expect(response.status(), href!).to.equal(200)
    expect(response.headers()['content-type']).to.equal('application/pdf')
    expect((await response.body()).subarray(0, 5).toString()).to.equal('%PDF-')
  }

  it('answers a message with an approved email, completes a change of address and resets the PIN', async () => {
    const page = await environment.newPage()
    await signIn(page)
    await page.getByLabel('Customer Reference Number').fill(crn)
    await page.getByRole('button', { name: 'Search by Customer Reference Number' }).click()
    await page.getByRole('link', { name: 'Megan Hughes' }).click()
    await page.getByRole('link', { name: 'Activities' }).click()
    expect(await page.locator('h1').innerText()).to.equal('Activities')
    await expectNoAxeViolations(environment, page)

    await page.getByRole('link', { name: 'Missing payments' }).click()
    await expectNoAxeViolations(environment, page)
    await expectDocument(page, /View document\s*: the client’s message/)
    await expectDocument(page, /View document\s*: bank-statement\.pdf/)

    await page.getByRole('button', { name: 'Respond by email' }).click()
    await expectNoAxeViolations(environment, page)
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(await page.locator('.govuk-error-summary').innerText()).to.contain('Select an approved response')
    await expectNoAxeViolations(environment, page)
    await page.getByLabel('Missing payment: the payment has been paid on').check()
    await page.getByRole('button', { name: 'Continue' }).click()
    await expectNoAxeViolations(environment, page)
    await page.getByLabel('Amount received').fill('225.33')
    const received = page.getByRole('group', { name: 'Date received' })
    await received.getByLabel('Day').fill('28')
    await received.getByLabel('Month').fill('10')
    await received.getByLabel('Year').fill('2026')
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(await page.locator('.govuk-error-summary').innerText()).to.contain('Enter the date paid to the client')
    await expectNoAxeViolations(environment, page)
    const paid = page.getByRole('group', { name: 'Date paid to the client' })
    await paid.getByLabel('Day').fill('1')
    await paid.getByLabel('Month').fill('11')
    await paid.getByLabel('Year').fill('2026')
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(await page.locator('h1').innerText()).to.equal('Check the email before sending it')
    expect(await page.locator('main').innerText()).to.contain(
      'We received a payment of £225.33 for you on 28 October 2026.',
    )
    await expectNoAxeViolations(environment, page)
    await page.getByRole('button', { name: 'Send email' }).click()
    expect(await page.locator('.govuk-notification-banner').innerText()).to.contain('The email is sent')
    await expectNoAxeViolations(environment, page)

    await page.getByRole('link', { name: 'Service requests' }).click()
    await expectNoAxeViolations(environment, page)
    await page.locator(`a[href="/caseworker/service-requests/${requestId}"]`).click()
    expect(await page.locator('main table').innerText()).to.contain('4 Mill Lane')
    await expectNoAxeViolations(environment, page)
    await expectDocument(page, /View document\s*: tenancy-agreement\.pdf/)
    await page.getByRole('button', { name: 'Complete request' }).click()
    expect(await page.locator('.govuk-notification-banner').innerText()).to.contain('The service request is complete')
    await expectNoAxeViolations(environment, page)

    await page.getByRole('link', { name: 'Megan Hughes' }).click()
    expect(await page.locator('main').innerText()).to.contain('4 Mill Lane')
    await page.getByRole('button', { name: 'Reset PIN' }).click()
    await page.getByRole('button', { name: 'Reset PIN' }).click()
    expect(await page.locator('.govuk-notification-banner').innerText()).to.contain('The PIN is reset')
    await expectNoAxeViolations(environment, page)

    const { db } = environment.testApp.database
    expect((await db('activities').where({ id: messageId }).first())!.status).to.equal('done')
    expect((await db('service_requests').where({ id: requestId }).first())!.status).to.equal('completed')
    expect((await db('clients').where({ id: clientId }).first())!.pin_ciphertext).to.equal(null)
    await page.context().close()
  })

  it('shows the work pages without accessibility problems on a 320px-wide phone', async () => {
    const page = await environment.newPage({ viewport: { width: 320, height: 640 } })
    await signIn(page)
    const other = await recordActivity(environment.testApp.deps, clientId, { subject: 'General query' })
    for (const path of [
      '/caseworker/work-items',
      `/caseworker/clients/${clientId}/activities?from-day=31&from-month=2&from-year=2026`,
      `/caseworker/clients/${clientId}/activities/${other}`,
      `/caseworker/clients/${clientId}/activities/${other}/respond/calculation-explained`,
      `/caseworker/clients/${clientId}/record-a-call`,
      '/caseworker/service-requests?status=all',
      '/caseworker/outbound-messages',
      `/caseworker/service-requests/${requestId}`,
    ]) {
      await page.goto(path)
      await expectNoAxeViolations(environment, page)
    }
    await page.context().close()
  })
})
