import { expect } from 'chai'
import { expectChangeServedAgain, expectNothingKept, expectProblemPage } from './support/database-faults.ts'
import { reportFigure } from './support/figures.ts'
import { CONTACT_PREFERENCE, signedInAtPreferenceForm } from './support/journeys.ts'
import type { Reply } from './support/session-browser.ts'
import { startSharedService, type SharedService } from './support/shared-service.ts'
import { holdWriteLock } from './support/write-lock.ts'

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

  /** Moves every session's stored deadline back past the touch throttle (still well before it ends). */
  async function makeSessionDeadlinesStale() {
    await db()('sessions').update({ expires_at: db().raw('expires_at - ?', [SESSION_DEADLINE_SETBACK_MS]) })
    return db()('sessions').select('sid', 'expires_at').orderBy('sid')
  }

  it('answers 503 with the whole friendly page in English and Welsh, saves nothing, and recovers without a restart', async () => {
    const app = service.processes[0]!
    const english = await signedInAtPreferenceForm(service, app, 'en')
    const welsh = await signedInAtPreferenceForm(service, app, 'cy')
    const url = `${app.url}${CONTACT_PREFERENCE}`
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
      expectProblemPage(inEnglish!, 'en')
      expectProblemPage(inWelsh!, 'cy')
      await lock.release()
      released = true
    } finally {
      if (!released) await lock.release()
    }
    // The session writes at the end of the refused requests were tried and failed: nothing moved.
    expect(await db()('sessions').select('sid', 'expires_at').orderBy('sid')).to.deep.equal(staleDeadlines)
    await expectNothingKept(service, english.clientId)
    await expectNothingKept(service, welsh.clientId)

    await expectChangeServedAgain(service, app, english)
  })
})
