import { expect } from 'chai'
import { DATABASE_CONNECT_TIMEOUT_MS } from '../../knexfile.ts'
import type { AppProcess } from '../support/app-process.ts'
import { expectChangeServedAgain, expectNothingKept, expectProblemPage } from './support/database-faults.ts'
import { reportFigure } from './support/figures.ts'
import { CONTACT_PREFERENCE, signedInAtPreferenceForm } from './support/journeys.ts'
import { startSharedService, type SharedService } from './support/shared-service.ts'
import { startTcpProxy, type TcpProxy } from './support/tcp-proxy.ts'

const CONTACT_DETAILS = '/client/my-details/contact'
/** The second step of the contact preference change: the first (the client's new preference) is already sent. */
const AUDIT_INSERT = 'insert into "audit_log"'
/** The app's connections carry this name, so the test can tell them from its own. */
const APP_CONNECTIONS = 'cmss-load-app'

/*
 * PostgreSQL goes away for a moment (the app reaches it through a TCP proxy the test cuts and
 * restores, as a network fault or a database restart would): a change cut off between its two
 * writes leaves neither, the user gets the friendly 503 page in their language (no stack, no
 * driver message), and once the database is back the same process serves the change again with
 * no restart, its pool having dropped the dead connections. Only on PostgreSQL: SQLite is a file.
 */
describe('PostgreSQL unavailable for a moment', function () {
  this.timeout(120_000)
  let service: SharedService
  let proxy: TcpProxy
  let app: AppProcess
  before(async function () {
    if (!process.env.DATABASE_URL) this.skip()
    service = await startSharedService(0)
    proxy = await startTcpProxy(service.database.settings.databaseUrl!)
    const throughProxy = new URL(proxy.url)
    throughProxy.searchParams.set('application_name', APP_CONNECTIONS)
    app = await service.start({ DATABASE_URL: throughProxy.toString() })
  })
  // A failed check must not leave the database away for the next test.
  afterEach(() => proxy?.restore())
  after(async () => {
    await service?.close()
    await proxy?.close()
  })

  const db = () => service.database.db

  for (const language of ['en', 'cy'] as const) {
    it(`refuses a change cut off between its writes with the 503 page in ${language}, keeps neither write, and recovers`, async () => {
      const user = await signedInAtPreferenceForm(service, app, language)
      const url = `${app.url}${CONTACT_PREFERENCE}`

      let cutBetweenWrites = false
      void proxy.cutWhenSent(AUDIT_INSERT).then(() => (cutBetweenWrites = true))
      const started = Date.now()
      const refused = await user.browser.post(url, user.form.text, { contactPreference: 'self_service' })
      expect(cutBetweenWrites, 'the database went away between the two writes').to.equal(true)
      reportFigure(`change cut off between its writes: ${refused.status} after ${Date.now() - started} ms`)
      expectProblemPage(refused, language)
      // While the database is still away, a page that needs it gets the same page (its language from the URL).
      expectProblemPage(await user.browser.get(`${app.url}${CONTACT_DETAILS}?lang=${language}`), language)
      await expectNothingKept(service, user.clientId)

      proxy.restore()
      const answeredAfter = await expectChangeServedAgain(service, app, user)
      reportFigure(`database back: the change answered 302 after ${answeredAfter} ms`)
    })
  }

  it('gives the 503 page within the connection timeout when the database stops answering, and recovers', async () => {
    const user = await signedInAtPreferenceForm(service, app, 'en')
    proxy.cut('ignore')
    const started = Date.now()
    const refused = await user.browser.get(`${app.url}${CONTACT_DETAILS}`)
    const waited = Date.now() - started
    reportFigure(`database silent: ${refused.status} after ${waited} ms`)
    expectProblemPage(refused, 'en')
    expect(waited, 'gave up after the connection timeout, not the pool’s 30 s').to.be.below(
      DATABASE_CONNECT_TIMEOUT_MS + 5000,
    )

    proxy.restore()
    expect((await user.browser.get(`${app.url}${CONTACT_DETAILS}`)).status).to.equal(200)
  })

  it('serves the next requests after every app connection is terminated, as a PostgreSQL restart does', async () => {
    const user = await signedInAtPreferenceForm(service, app, 'en')
    // Waits (up to 5 s each) until every one of them has gone.
    const { rows: terminated } = await db().raw<{ rows: unknown[] }>(
      'select pg_terminate_backend(pid, 5000) from pg_stat_activity where application_name = ?',
      [APP_CONNECTIONS],
    )
    reportFigure(`${terminated.length} app connections terminated`)
    expect(terminated.length, 'the app held connections').to.be.greaterThan(0)
    const statuses: number[] = []
    for (let request = 0; request < 5; request += 1)
      statuses.push((await user.browser.get(`${app.url}${CONTACT_DETAILS}`)).status)
    expect(statuses).to.deep.equal([200, 200, 200, 200, 200])
  })
})
