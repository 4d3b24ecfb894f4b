import { expect } from 'chai'
import type { Page } from 'playwright-core'
import { raiseRequest, recordActivity } from '../fixtures/caseworker-work.ts'
import { expectNoAxeViolations, startBrowserTest, visit, type BrowserTestEnvironment } from './support/browser.ts'

/** Sarah Jones receives child maintenance from Ewan Jones in the demo data; both are enrolled. */
async function signInAsSarah(environment: BrowserTestEnvironment, page: Page): Promise<void> {
  await visit(environment, page, '/client/sign-in?lang=en')
  await page.getByLabel('User ID').fill('3012 4578 9023')
  await page.getByLabel('Password', { exact: true }).fill('Demo1234')
  await page.getByRole('button', { name: 'Sign in' }).click()
  const positions = await page.locator('label[for="firstDigit"], label[for="secondDigit"]').allInnerTexts()
  const pin = '5318642'
  const digitAt = (label: string) => pin.charAt(Number(/\d+/.exec(label)![0]) - 1)
  await page.locator('#firstDigit').fill(digitAt(positions[0]!))
  await page.locator('#secondDigit').fill(digitAt(positions[1]!))
  await page.getByRole('button', { name: 'Continue' }).click()
}

async function signInToIntranet(environment: BrowserTestEnvironment, page: Page, staffId: string): Promise<void> {
  await visit(environment, page, '/caseworker/sign-in')
  await page.getByLabel('Staff ID').fill(staffId)
  await page.getByLabel('Password', { exact: true }).fill('Demo-staff-1')
  await page.getByRole('button', { name: 'Sign in' }).click()
}

describe('special client records in a browser with JavaScript off', function () {
  this.timeout(300_000)
  let environment: BrowserTestEnvironment
  let ewan: number
  before(async () => {
    environment = await startBrowserTest({ demoData: true })
    const row = await environment.testApp.database
      .db('clients')
      .where({ customer_reference_number: '121004000034' })
      .first()
    ewan = row!.id
  })
  after(() => environment.close())

  it('lets a caseworker mark Ewan Jones as a special client record, with errors shown accessibly', async () => {
    const page = await environment.newPage()
    await signInToIntranet(environment, page, '35220900')
    await visit(environment, page, `/caseworker/clients/${ewan}`)
    await page.getByRole('link', { name: 'Mark as a special client record' }).click()
    expect(await page.locator('h1').innerText()).to.equal('Mark as a special client record')
    await expectNoAxeViolations(environment, page)
    await page.getByLabel('Why is this a special client record?').fill('Risk of harm from the other parent')
    await page.getByRole('button', { name: 'Mark as a special client record' }).click()
    expect(await page.locator('.govuk-error-summary').innerText()).to.contain(
      'Confirm that the other party must not see this client’s name',
    )
    expect(await page.getByLabel('Why is this a special client record?').inputValue()).to.equal(
      'Risk of harm from the other parent',
    )
    await expectNoAxeViolations(environment, page)
    await page.getByLabel('I confirm the other party must not see this client’s name').check()
    await page.getByRole('button', { name: 'Mark as a special client record' }).click()
    // Paul holds no Special Client Records profile, so the record he just marked is now closed to him.
    expect(await page.locator('h1').innerText()).to.equal('Access to this record is restricted')
    await expectNoAxeViolations(environment, page)
    await page.context().close()
  })

  for (const width of [1280, 320]) {
    it(`shows the receiving parent no name for him, only “the other parent”, at ${width}px`, async () => {
      const page = await environment.newPage({ viewport: { width, height: 900 } })
      await signInAsSarah(environment, page)
      for (const [path, heading] of [
        ['/client/my-cases', 'My cases'],
        ['/client/my-details/personal', ''],
      ] as const) {
        await visit(environment, page, path)
        if (heading) expect(await page.locator('h1').innerText()).to.equal(heading)
        const main = await page.locator('main').innerText()
        expect(main, path).to.contain('The other parent')
        expect(main, path).not.to.contain('Ewan')
        await expectNoAxeViolations(environment, page)
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).to.be.at.most(width)
      }
      await page.getByRole('link', { name: 'Cymraeg' }).click()
      expect(await page.locator('main').innerText()).to.contain('Y rhiant arall')
      await expectNoAxeViolations(environment, page)
      await page.context().close()
    })
  }

  it('lists the demo special client record to staff without the profile as “Restricted record” and its CRN', async () => {
    const { testApp } = environment
    const db = testApp.database.db
    const owen = (await db('clients').where({ customer_reference_number: '121004000091' }).first())!.id
    const megan = (await db('clients').where({ customer_reference_number: '121004000109' }).first())!.id
    await recordActivity(testApp.deps, owen, { subject: 'Owen Pritchard asks about his payments' })
    const { reference } = await raiseRequest(testApp.deps, owen, 'change_of_name', { firstName: 'Owain' })
    await testApp.deps.outbox.record(
      {
        channel: 'email',
        recipient: 'owen.pritchard@example.com',
        clientId: owen,
        template: 'letterWaiting',
        language: 'en',
        subject: 'You have a new letter',
        body: 'Dear Owen',
        reference: null,
        status: 'stored',
        providerId: null,
      },
      testApp.clock.now(),
    )
    const page = await environment.newPage()
    await signInToIntranet(environment, page, '35220900')
    for (const [path, row] of [
      [`/caseworker/clients/${megan}`, page.locator('tr', { hasText: '1200000501' })],
      ['/caseworker/work-items', page.locator('tr', { hasText: '1210 0400 0091' })],
      ['/caseworker/service-requests', page.locator('tr', { hasText: reference })],
      ['/caseworker/outbound-messages', page.locator('.govuk-summary-card', { hasText: '1210 0400 0091' })],
    ] as const) {
      await visit(environment, page, path)
      expect(await row.first().innerText(), path)
        .to.contain('Restricted record')
        .and.contain('1210 0400 0091')
      const main = await page.locator('main').innerText()
      expect(main, path).not.to.contain('Owen')
      expect(main, path).not.to.contain('Pritchard')
      await expectNoAxeViolations(environment, page)
    }
    await page.context().close()
  })

  it('shows Megan Lloyd, the demo special client record’s other parent, “the other parent” and no name', async () => {
    const page = await environment.newPage()
    await visit(environment, page, '/client/sign-in?lang=en')
    await page.getByLabel('User ID').fill('5096 4287 3016')
    await page.getByLabel('Password', { exact: true }).fill('Demo1234')
    await page.getByRole('button', { name: 'Sign in' }).click()
    const positions = await page.locator('label[for="firstDigit"], label[for="secondDigit"]').allInnerTexts()
    const digitAt = (label: string) => '8024613'.charAt(Number(/\d+/.exec(label)![0]) - 1)
    await page.locator('#firstDigit').fill(digitAt(positions[0]!))
    await page.locator('#secondDigit').fill(digitAt(positions[1]!))
    await page.getByRole('button', { name: 'Continue' }).click()
    await visit(environment, page, '/client/my-cases')
    const main = await page.locator('main').innerText()
    expect(main).to.contain('The other parent')
    expect(main).not.to.contain('Owen')
    expect(main).not.to.contain('Pritchard')
    await expectNoAxeViolations(environment, page)
    await page.context().close()
  })

  it('opens the record for a caseworker with the Special Client Records profile', async () => {
    const page = await environment.newPage()
    await signInToIntranet(environment, page, '40000003')
    await visit(environment, page, `/caseworker/clients/${ewan}`)
    expect(await page.locator('h1').innerText()).to.contain('Ewan Jones')
    expect(await page.locator('[data-test="special-client-record"]').innerText()).to.contain('Special client record')
    await expectNoAxeViolations(environment, page)
    await page.context().close()
  })
})
