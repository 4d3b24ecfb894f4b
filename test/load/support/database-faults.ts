import { expect } from 'chai'
import { toCount } from '../../../models/db.ts'
import type { AppProcess } from '../../support/app-process.ts'
import { parseHtml, textOf } from '../../support/html.ts'
import { CONTACT_PREFERENCE, type ClientAtPreferenceForm } from './journeys.ts'
import type { Reply } from './session-browser.ts'
import type { SharedService } from './shared-service.ts'

/*
 * What the database fault tests check of a client's contact preference change: the friendly 503 page
 * it is refused with, what of it was kept, and that the same process serves it once the fault has gone.
 */

const problemPage = {
  en: { title: 'Sorry, there is a problem with the service', tryAgain: 'Try again later.' },
  cy: { title: 'Mae’n ddrwg gennym, mae problem gyda’r gwasanaeth', tryAgain: 'Rhowch gynnig arall yn nes ymlaen.' },
}

/** What must never reach the user: driver and database messages, or a stack line. */
const LEAKS = /SQLITE|lock timeout|ECONNRESET|ECONNREFUSED|Connection terminated|not queryable|at .*\.ts:\d+/i

/** The whole GOV.UK "problem with the service" page in the user's language, with status 503 and nothing leaked. */
export function expectProblemPage(reply: Reply, language: 'en' | 'cy'): void {
  expect(reply.status).to.equal(503)
  expect(reply.text.trimEnd(), 'the page arrived whole').to.match(/<\/html>$/)
  const $ = parseHtml(reply.text)
  expect(textOf($, 'h1')).to.equal(problemPage[language].title)
  expect(textOf($, 'main')).to.contain(problemPage[language].tryAgain)
  expect(reply.text).to.not.match(LEAKS)
}

/** The client's contact preference and how many changes of it the audit log holds: both writes of a change. */
async function preferenceChanges(service: SharedService, clientId: number) {
  const { db } = service.database
  return {
    preference: (await db('clients').where({ id: clientId }).first())!.contact_preference,
    audits: toCount(
      await db('audit_log')
        .where({ action: 'contact_preference_changed', subject_id: String(clientId) })
        .count({ n: '*' })
        .first(),
    ),
  }
}

/** Neither write of the refused change was kept: the preference is still post, and nothing was audited. */
export async function expectNothingKept(service: SharedService, clientId: number): Promise<void> {
  expect(await preferenceChanges(service, clientId), 'neither write kept').to.deep.equal({
    preference: 'post',
    audits: 0,
  })
}

/**
 * Once the fault has gone: the process that refused the change, still running (not restarted),
 * serves it again and keeps both its writes. Returns how long the change took to answer.
 */
export async function expectChangeServedAgain(
  service: SharedService,
  app: AppProcess,
  user: ClientAtPreferenceForm,
): Promise<number> {
  const started = Date.now()
  const retry = await user.browser.submit(`${app.url}${CONTACT_PREFERENCE}`, { contactPreference: 'self_service' })
  const answeredAfter = Date.now() - started
  expect(retry.status, 'the change served again').to.equal(302)
  expect(await preferenceChanges(service, user.clientId)).to.deep.equal({ preference: 'self_service', audits: 1 })
  expect(app.process.exitCode, 'the app process exited').to.equal(null)
  expect(app.process.signalCode, 'the app process was killed').to.equal(null)
  return answeredAfter
}
