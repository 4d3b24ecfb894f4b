import { expect } from 'chai'
import type { Page } from 'playwright-core'
import { expectNoAxeViolations, startBrowserTest, type BrowserTestEnvironment } from './support/browser.ts'

interface Person {
  firstName: string
  lastName: string
  email: string
  crn: string
  nino: string
  dob: [string, string, string]
  pin: string
}

const george: Person = {
  firstName: 'George',
  lastName: 'Mills',
  email: 'george@example.com',
  crn: '1210 0395 7455',
  nino: 'ab 12 34 56 c',
  dob: ['1', '1', '1982'],
  pin: '2468135',
}
const cindy: Person = {
  firstName: 'Cindy',
  lastName: 'Clarke',
  email: 'cindy@example.com',
  crn: '121003957463',
  nino: 'CE654321A',
  dob: ['14', '3', '1985'],
  pin: '7531246',
}

/** The text each step needs, in the language the journey runs in. */
const words = {
  en: {
    createAccount: 'Create an account',
    firstName: 'First name',
    surname: 'Surname',
    email: 'Email address',
    confirmEmail: 'Confirm email address',
    password: 'Create a password',
    confirmPassword: 'Re-type your password',
    createButton: 'Create account',
    noted: 'I have made a note of my user ID',
    continue: 'Continue',
    enrolNow: 'Enrol now',
    crn: 'Customer Reference Number',
    nino: 'National Insurance number',
    day: 'Day',
    month: 'Month',
    year: 'Year',
    enrolled: 'You have enrolled',
    back: 'Back to your services',
    signOut: 'Sign out',
    signedOut: 'You have been signed out',
    signInAgain: 'Sign in again',
    userId: 'User ID',
    passwordLabel: 'Password',
    signIn: 'Sign in',
    pinHeading: 'Please enter the following digits from your PIN',
    firstTime: 'This is the first time you have signed in.',
    forgotten: 'Forgotten your PIN?',
    newPin: 'New PIN',
    confirmPin: 'Confirm new PIN',
    savePin: 'Save PIN and sign in',
  },
  cy: {
    createAccount: 'Creu cyfrif',
    firstName: 'Enw cyntaf',
    surname: 'Cyfenw',
    email: 'Cyfeiriad e-bost',
    confirmEmail: 'Cadarnhewch eich cyfeiriad e-bost',
    password: 'Creu cyfrinair',
    confirmPassword: 'Ail-deipiwch eich cyfrinair',
    createButton: 'Creu cyfrif',
    noted: 'Rwyf wedi gwneud nodyn o’m rhif adnabod defnyddiwr',
    continue: 'Parhau',
    enrolNow: 'Cofrestru nawr',
    crn: 'Cyfeirnod Cwsmer',
    nino: 'Rhif Yswiriant Gwladol',
    day: 'Diwrnod',
    month: 'Mis',
    year: 'Blwyddyn',
    enrolled: 'Rydych wedi cofrestru',
    back: 'Yn ôl i’ch gwasanaethau',
    signOut: 'Allgofnodi',
    signedOut: 'Rydych wedi cael eich allgofnodi',
    signInAgain: 'Mewngofnodi eto',
    userId: 'Rhif adnabod defnyddiwr',
    passwordLabel: 'Cyfrinair',
    signIn: 'Mewngofnodi',
    pinHeading: 'Rhowch y digidau canlynol o’ch PIN',
    firstTime: 'Dyma’r tro cyntaf i chi fewngofnodi.',
    forgotten: 'Wedi anghofio eich PIN?',
    newPin: 'PIN newydd',
    confirmPin: 'Cadarnhewch y PIN newydd',
    savePin: 'Cadw’r PIN a mewngofnodi',
  },
}

type Words = (typeof words)['en']

describe('identity journeys in a browser with JavaScript off', function () {
  // Whole journeys with an accessibility check on every page: minutes, not seconds, on a busy machine.
  this.timeout(300_000)
  let environment: BrowserTestEnvironment
  let page: Page
  before(async () => {
    environment = await startBrowserTest({ demoData: true })
  })
  beforeEach(async () => {
    page = await environment.newPage()
  })
  afterEach(() => page.context().close())
  after(() => environment.close())

  /** Checks the page for accessibility before every action, so every page visited is checked. */
  async function checked(): Promise<void> {
    await expectNoAxeViolations(environment, page)
  }

  async function heading(): Promise<string> {
    return (await page.locator('h1').innerText()).trim()
  }

  async function createAccountAndEnrol(person: Person, w: Words): Promise<string> {
    await checked()
    await page.getByRole('button', { name: w.createAccount }).click()
    await checked()
    await page.getByLabel(w.firstName).fill(person.firstName)
    await page.getByLabel(w.surname).fill(person.lastName)
    await page.getByLabel(w.email, { exact: true }).fill(person.email)
    await page.getByLabel(w.confirmEmail).fill(person.email)
    await page.getByLabel(w.password, { exact: true }).fill('Walnut123')
    await page.getByLabel(w.confirmPassword).fill('Walnut123')
    await page.getByRole('button', { name: w.createButton }).click()
    await checked()
    const userId = (await page.locator('.app-user-id').innerText()).replace(/\s/g, '')
    expect(userId).to.match(/^\d{12}$/)
    await page.getByLabel(w.noted).check()
    await page.getByRole('button', { name: w.continue }).click()
    await checked()
    await page.getByRole('link', { name: new RegExp(w.enrolNow) }).click()
    await checked()
    await page.getByRole('button', { name: w.continue }).click()
    await checked()
    await page.getByLabel(w.crn).fill(person.crn)
    await page.getByLabel(w.nino).fill(person.nino)
    await page.getByLabel(w.day).fill(person.dob[0])
    await page.getByLabel(w.month).fill(person.dob[1])
    await page.getByLabel(w.year).fill(person.dob[2])
    await page.getByRole('button', { name: w.continue }).click()
    await checked()
    expect(await page.locator('.govuk-panel__title').innerText()).to.equal(w.enrolled)
    await page
      .getByRole('button', { name: w.back })
      .or(page.getByRole('link', { name: w.back }))
      .click()
    await checked()
    return userId
  }

  async function signOut(w: Words): Promise<void> {
    await page.getByRole('button', { name: w.signOut }).first().click()
    await checked()
    expect(await heading()).to.equal(w.signedOut)
  }

  async function signInWithPassword(userId: string, w: Words): Promise<void> {
    await page.getByLabel(w.userId).fill(userId.replace(/(\d{4})(?=\d)/g, '$1 '))
    await page.getByLabel(w.passwordLabel, { exact: true }).fill('Walnut123')
    await page.getByRole('button', { name: w.signIn, exact: true }).click()
    await checked()
    expect(await heading()).to.equal(w.pinHeading)
  }

  async function enterPinDigits(pin: string): Promise<void> {
    const labels = await page.locator('label').allInnerTexts()
    const [first, second] = labels.map(label => Number.parseInt(label, 10))
    await page.locator('#firstDigit').fill(pin.charAt(first! - 1))
    await page.locator('#secondDigit').fill(pin.charAt(second! - 1))
  }

  it('creates an account, enrols, signs out, signs in with PIN digits and resets a forgotten PIN, in English', async () => {
    const w = words.en
    await page.goto('/client')
    const userId = await createAccountAndEnrol(george, w)
    await signOut(w)
    await page
      .getByRole('button', { name: w.signInAgain })
      .or(page.getByRole('link', { name: w.signInAgain }))
      .click()
    await checked()
    await signInWithPassword(userId, w)
    await enterPinDigits(george.pin)
    await page.getByRole('button', { name: w.continue }).click()
    await checked()
    expect(await page.locator('[data-test="last-sign-in"]').innerText()).to.equal(w.firstTime)
    await signOut(w)

    // Forgotten PIN: answer the two questions from the known facts, choose a new PIN, and land signed in.
    await page.goto('/client/sign-in')
    await checked()
    await signInWithPassword(userId, w)
    await page.getByRole('link', { name: w.forgotten }).click()
    await checked()
    const facts: Record<string, string> = {
      'Customer Reference Number': '121003957455',
      'National Insurance number': 'AB123456C',
      'date of birth': '01011982',
    }
    for (const field of ['firstAnswer', 'secondAnswer']) {
      const label = (await page.locator(`label[for="${field}"]`).innerText()).trim()
      const fact = Object.entries(facts).find(([name]) => label.endsWith(name))![1]
      await page.locator(`#${field}`).fill(fact.charAt(Number.parseInt(label, 10) - 1))
    }
    await page.getByRole('button', { name: w.continue }).click()
    await checked()
    await page.getByLabel(w.newPin, { exact: true }).fill('3917264')
    await page.getByLabel(w.confirmPin).fill('3917264')
    await page.getByRole('button', { name: w.savePin }).click()
    await checked()
    expect(new URL(page.url()).pathname).to.equal('/client/home')
    await signOut(w)
    await page.goto('/client/sign-in')
    await signInWithPassword(userId, w)
    await enterPinDigits('3917264')
    await page.getByRole('button', { name: w.continue }).click()
    expect(new URL(page.url()).pathname).to.equal('/client/home')
    await checked()
  })

  it('does the same in Welsh', async () => {
    const w = words.cy
    await page.goto('/client?lang=cy')
    const userId = await createAccountAndEnrol(cindy, w)
    await signOut(w)
    await page
      .getByRole('button', { name: w.signInAgain })
      .or(page.getByRole('link', { name: w.signInAgain }))
      .click()
    await checked()
    await signInWithPassword(userId, w)
    await enterPinDigits(cindy.pin)
    await page.getByRole('button', { name: w.continue }).click()
    await checked()
    expect(await page.locator('[data-test="last-sign-in"]').innerText()).to.equal(w.firstTime)
    expect(await page.locator('html').getAttribute('lang')).to.equal('cy')
  })

  it('shows the email sign-in code pages without accessibility problems', async () => {
    await page.goto('/client/sign-in')
    await page.getByLabel('User ID').fill('2061 2145 0971')
    await page.getByLabel('Password', { exact: true }).fill('Demo1234')
    await page.getByRole('button', { name: 'Sign in', exact: true }).click()
    await page.getByRole('link', { name: 'Get a sign-in code by email instead' }).click()
    await checked()
    await page.getByRole('button', { name: 'Send code' }).click()
    await checked()
    expect(await heading()).to.equal('Check your email')
    const code = await environment.testApp.database.db('outbound_messages').orderBy('id', 'desc').first()
    await page.getByLabel('Sign-in code').fill(/code is (\d{6})/.exec(code!.body)![1]!)
    await page.getByRole('button', { name: 'Continue' }).click()
    expect(new URL(page.url()).pathname).to.equal('/client/home')
    await checked()
  })

  it('warns before the idle time-out when JavaScript is on, and "Stay signed in" keeps the session', async () => {
    const context = await environment.browser.newContext({ baseURL: environment.baseUrl })
    const jsPage = await context.newPage()
    try {
      await jsPage.clock.install()
      await jsPage.goto('/client/sign-in')
      await jsPage.getByLabel('User ID').fill('206121450971')
      await jsPage.getByLabel('Password', { exact: true }).fill('Demo1234')
      await jsPage.getByRole('button', { name: 'Sign in', exact: true }).click()
      await jsPage.waitForURL('**/sign-in/pin')
      const labels = await jsPage.locator('label').allInnerTexts()
      const [first, second] = labels.map(label => Number.parseInt(label, 10))
      await jsPage.locator('#firstDigit').fill('9753108'.charAt(first! - 1))
      await jsPage.locator('#secondDigit').fill('9753108'.charAt(second! - 1))
      await jsPage.getByRole('button', { name: 'Continue' }).click()
      await jsPage.waitForURL('**/client/home')
      const dialog = jsPage.getByRole('dialog', { name: 'You’re about to be signed out' })
      expect(await dialog.isVisible()).to.equal(false)
      await jsPage.clock.fastForward('13:01')
      await dialog.waitFor({ state: 'visible' })
      await expectNoAxeViolations(environment, jsPage)
      const keepAlive = jsPage.waitForResponse(response => response.url().endsWith('/client/keep-alive'))
      await dialog.getByRole('button', { name: 'Stay signed in' }).click()
      expect((await keepAlive).status()).to.equal(204)
      await dialog.waitFor({ state: 'hidden' })
    } finally {
      await context.close()
    }
  })
})
