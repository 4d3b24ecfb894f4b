import { expect } from 'chai'
import { toCount } from '../../models/db.ts'
import { insertEnrolledClient } from '../fixtures/clients.ts'
import { parseHtml, textOf } from '../support/html.ts'
import { reportFigure } from './support/figures.ts'
import { RoundRobin, signInClient } from './support/journeys.ts'
import { SessionBrowser, type Reply } from './support/session-browser.ts'
import { startSharedService, type SharedService } from './support/shared-service.ts'
import { holdWriteLock } from './support/write-lock.ts'

const PREFERENCE = '/client/my-details/contact/preference'
/** More than the one-minute touch throttle, much less than the 15-minute idle time-out. */
const SESSION_DEADLINE_SETBACK_MS = 5 * 60_000

/*
 * The database is locked by someone else for longer than a write will wait: the user gets the
 * GOV.UK "problem with the service" page in their language with status 503, nothing is half
 * saved, and once the lock goes the same process serves the write without a restart.
 *
 * The sessions' deadlines are made stale first, so the end of each refused request must write its
 * session too, and that write fails as well: the error page still arrives whole (the connection
 * is not cut after it).
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

  /** Moves every session's stored deadline back past the touch throttle (still well before it ends). */
  async function makeSessionDeadlinesStale() {
    await db()('sessions').update({ expires_at: db().raw('expires_at - ?', [SESSION_DEADLINE_SETBACK_MS]) })
    return db()('sessions').select('sid', 'expires_at').orderBy('sid')
  }

  it('answers 503 with the whole friendly page in English and Welsh, saves nothing, and recovers without a restart', async () => {
    const english = await signedIn('en')
    const welsh = await signedIn('cy')
    const [app] = service.processes
    const url = `${app!.url}${PREFERENCE}`
    const staleDeadlines = await makeSessionDeadlinesStale()
    expect(staleDeadlines).to.have.length(2)
    const lock = await holdWriteLock(service.database, { table: 'clients', id: english.clientId }, ['sessions'])
    let released = false
    try {
      const started = Date.now()
      const outcomes = await Promise.allSettled([
        english.browser.post(url, english.form.text, { contactPreference: 'self_service' }),
        welsh.browser.post(url, welsh.form.text, { contactPreference: 'self_service' }),
      ])
      const cut = outcomes.flatMap(outcome => (outcome.status === 'rejected' ? [String(outcome.reason)] : []))
      expect(cut, 'replies cut off instead of answered').to.deep.equal([])
      const [inEnglish, inWelsh] = outcomes.map(outcome => (outcome as PromiseFulfilledResult<Reply>).value)
      reportFigure(`refused with ${inEnglish!.status} and ${inWelsh!.status} after ${Date.now() - started} ms`)
      expect([inEnglish!.status, inWelsh!.status]).to.deep.equal([503, 503])
      for (const reply of [inEnglish!, inWelsh!]) expect(reply.text.trimEnd()).to.match(/<\/html>$/)
      expect(textOf(parseHtml(inEnglish!.text), 'h1')).to.equal('Sorry, there is a problem with the service')
      expect(textOf(parseHtml(inEnglish!.text), 'main')).to.contain('Try again later.')
      expect(textOf(parseHtml(inWelsh!.text), 'h1')).to.equal('Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth')
      for (const reply of [inEnglish!, inWelsh!]) expect(reply.text).to.not.match(/SQLITE|lock timeout|at .*\.ts:\d+/i)
      await lock.release()
      released = true
    } finally {
      if (!released) await lock.release()
    }
    // The session writes at the end of the refused requests were tried and failed: nothing moved.
    expect(await db()('sessions').select('sid', 'expires_at').orderBy('sid')).to.deep.equal(staleDeadlines)
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
