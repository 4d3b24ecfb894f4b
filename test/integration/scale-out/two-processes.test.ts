import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { expect } from 'chai'
import { seedDemoData } from '../../../seeds/demo-data.ts'
import { PinSecret } from '../../../services/pin-secret.ts'
import { systemClock } from '../../../services/clock.ts'
import { DEFAULT_PIN_ENCRYPTION_KEY } from '../../../config.ts'
import { insertEnrolledClient } from '../../fixtures/clients.ts'
import { startAppProcess, type AppProcess } from '../../support/app-process.ts'
import { askedPositions, digitsFor, wrongDigitsFor } from '../../support/client-journeys.ts'
import { CookieBrowser } from '../../support/cookie-browser.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts'

/*
 * Several app processes behind a load balancer, sharing one database (PostgreSQL in the PostgreSQL
 * run, one SQLite file otherwise): whatever process a request lands on, the user sees one service.
 */
describe('two app processes sharing one database', function () {
  this.timeout(120_000)
  let database: TestDatabase
  let documents: string
  let first: AppProcess
  let second: AppProcess
  const pinSecret = new PinSecret(Buffer.from(DEFAULT_PIN_ENCRYPTION_KEY, 'base64'))

  before(async () => {
    database = await createTestDatabase()
    await seedDemoData(database.db, { pinSecret, clock: systemClock })
    documents = fs.mkdtempSync(path.join(os.tmpdir(), 'cmss-shared-documents-'))
    const env = {
      ...(database.settings.databaseUrl
        ? { DATABASE_URL: database.settings.databaseUrl }
        : { SQLITE_FILE: database.settings.sqliteFile }),
      DOCUMENT_STORAGE_DIR: documents,
    }
    ;[first, second] = await Promise.all([startAppProcess(env), startAppProcess(env)])
  })
  after(async () => {
    await Promise.all([first?.stop(), second?.stop()])
    await database.destroy()
    fs.rmSync(documents, { recursive: true, force: true })
  })

  it('keeps a session started on one process valid on the other', async () => {
    const browser = new CookieBrowser()
    await browser.get(`${first.url}/client/help?lang=cy`)
    const page = await browser.get(`${second.url}/client/help`)
    expect(textOf(parseHtml(page.text), 'h1')).to.equal('Cymorth a chwestiynau cyffredin')
  })

  it('asks on the second process the PIN positions chosen on the first, and signs in across both', async () => {
    const { account, pin } = await insertEnrolledClient(database.db, pinSecret)
    const browser = new CookieBrowser()
    const passwordStep = await browser.submit(`${first.url}/client/sign-in`, {
      userId: account.userId,
      password: account.password,
    })
    expect(passwordStep.location).to.equal('/client/sign-in/pin')
    const positions = askedPositions((await browser.get(`${first.url}/client/sign-in/pin`)).text)
    expect(askedPositions((await browser.get(`${second.url}/client/sign-in/pin`)).text)).to.deep.equal(positions)
    const pinStep = await browser.submit(`${second.url}/client/sign-in/pin`, digitsFor(pin, positions))
    expect(pinStep.location).to.equal('/client/home')
    expect((await browser.get(`${first.url}/client/home`)).status).to.equal(200)
  })

  it('shares lock-out counters: five wrong passwords spread over both processes lock the account', async () => {
    const { account } = await insertEnrolledClient(database.db, pinSecret)
    for (let attempt = 0; attempt < 4; attempt++) {
      const target = attempt % 2 === 0 ? first : second
      expect(
        (
          await new CookieBrowser().submit(`${target.url}/client/sign-in`, {
            userId: account.userId,
            password: 'Wrong1234',
          })
        ).status,
      ).to.equal(400)
    }
    expect(
      (
        await new CookieBrowser().submit(`${second.url}/client/sign-in`, {
          userId: account.userId,
          password: 'Wrong1234',
        })
      ).status,
    ).to.equal(403)
    expect(
      (
        await new CookieBrowser().submit(`${first.url}/client/sign-in`, {
          userId: account.userId,
          password: account.password,
        })
      ).status,
    ).to.equal(403)
  })

  it('shares the PIN lock-out: three wrong answers over both processes lock self-service', async () => {
    const { account, pin, client } = await insertEnrolledClient(database.db, pinSecret)
    const browser = new CookieBrowser()
    await browser.submit(`${first.url}/client/sign-in`, { userId: account.userId, password: account.password })
    const positions = askedPositions((await browser.get(`${first.url}/client/sign-in/pin`)).text)
    await browser.submit(`${first.url}/client/sign-in/pin`, wrongDigitsFor(pin, positions))
    await browser.submit(`${second.url}/client/sign-in/pin`, wrongDigitsFor(pin, positions))
    const third = await browser.submit(
      `${first.url}/client/sign-in/pin`,
      wrongDigitsFor(pin, positions),
      `${second.url}/client/sign-in/pin`,
    )
    expect(third.location).to.equal('/client/sign-in/locked')
    expect((await database.db('clients').where({ id: client.id }).first())!.self_service_lock_reason).to.equal(
      'pin_attempts',
    )
  })

  it('ends a signed-out session on every process', async () => {
    const { account, pin } = await insertEnrolledClient(database.db, pinSecret)
    const browser = new CookieBrowser()
    await browser.submit(`${first.url}/client/sign-in`, { userId: account.userId, password: account.password })
    const positions = askedPositions((await browser.get(`${first.url}/client/sign-in/pin`)).text)
    await browser.submit(`${first.url}/client/sign-in/pin`, digitsFor(pin, positions))
    await browser.submit(`${second.url}/client/sign-out`, {}, `${second.url}/client/home`)
    expect((await browser.get(`${first.url}/client/home`)).location).to.match(/\/client\/(sign-in|signed-out)/)
  })
})
