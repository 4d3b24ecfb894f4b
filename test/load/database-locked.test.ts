import { expect } from 'chai'
import { toCount } from '../../models/db.ts'
import { insertEnrolledClient } from '../fixtures/clients.ts'
import { parseHtml, textOf } from '../support/html.ts'
import { reportFigure } from './support/figures.ts'
import { RoundRobin, signInClient } from './support/journeys.ts'
import { SessionBrowser } from './support/session-browser.ts'
import { startSharedService, type SharedService } from './support/shared-service.ts'
import { holdWriteLock } from './support/write-lock.ts'

const PREFERENCE = '/client/my-details/contact/preference'

/*
 * The database is locked by someone else for longer than a write will wait: the user gets the
 * GOV.UK "problem with the service" page in their language with status 503, nothing is half
 * saved, and once the lock goes the same process serves the write without a restart.
 */
describe('the database locked by another connection', function () {
  this.timeout(120_000)
  let service: SharedService
  before(async () => {
    service = await startSharedService(1)
  })
  after(() => service?.close())

  const db = () => service.database.db

  async function signedIn(language: 'en' | 'cy') {
    const { client, account, pin } = await insertEnrolledClient(db(), service.deps.pinSecret)
    const browser = new SessionBrowser()
    const to = new RoundRobin(service.processes)
    await signInClient(browser, to, account, pin)
    const form = await browser.get(`${service.processes[0]!.url}${PREFERENCE}?lang=${language}`)
    expect(form.status).to.equal(200)
    return { clientId: client.id, browser, form }
  }

  const changesOf = async (clientId: number) => ({
    preference: (await db()('clients').where({ id: clientId }).first())!.contact_preference,
    audits: toCount(
      await db()('audit_log')
        .where({ action: 'contact_preference_changed', subject_id: String(clientId) })
        .count({ n: '*' })
        .first(),
    ),
  })

  it('answers 503 with the friendly page in English and Welsh, saves nothing, and recovers without a restart', async () => {
    const english = await signedIn('en')
    const welsh = await signedIn('cy')
    const [app] = service.processes
    const url = `${app!.url}${PREFERENCE}`
    const lock = await holdWriteLock(service.database, 'clients', english.clientId)
    let released = false
    try {
      const started = Date.now()
      const [inEnglish, inWelsh] = await Promise.all([
        english.browser.post(url, english.form.text, { contactPreference: 'self_service' }),
        welsh.browser.post(url, welsh.form.text, { contactPreference: 'self_service' }),
      ])
      reportFigure(`refused with ${inEnglish.status} and ${inWelsh.status} after ${Date.now() - started} ms`)
      expect([inEnglish.status, inWelsh.status]).to.deep.equal([503, 503])
      expect(textOf(parseHtml(inEnglish.text), 'h1')).to.equal('Sorry, there is a problem with the service')
      expect(textOf(parseHtml(inEnglish.text), 'main')).to.contain('Try again later.')
      expect(textOf(parseHtml(inWelsh.text), 'h1')).to.equal('Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth')
      for (const reply of [inEnglish, inWelsh]) expect(reply.text).to.not.match(/SQLITE|lock timeout|at .*\.ts:\d+/i)
      await lock.release()
      released = true
    } finally {
      if (!released) await lock.release()
    }
    expect(await changesOf(english.clientId)).to.deep.equal({ preference: 'post', audits: 0 })
    expect(await changesOf(welsh.clientId)).to.deep.equal({ preference: 'post', audits: 0 })

    const pid = app!.process.pid
    const retry = await english.browser.submit(url, { contactPreference: 'self_service' })
    expect(retry.status).to.equal(302)
    expect(await changesOf(english.clientId)).to.deep.equal({ preference: 'self_service', audits: 1 })
    expect(app!.process.pid).to.equal(pid)
    expect(app!.process.exitCode).to.equal(null)
  })
})
