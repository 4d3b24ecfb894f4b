import { expect } from 'chai'
import { toCount } from '../../models/db.ts'
import { insertEnrolledClient } from '../fixtures/clients.ts'
import { png } from '../fixtures/files.ts'
import { csrfTokenFrom } from '../support/html.ts'
import { RoundRobin, signInClient } from './support/journeys.ts'
import { SessionBrowser } from './support/session-browser.ts'
import { startSharedService, storedFiles, type SharedService } from './support/shared-service.ts'
import { startSlowUpload } from './support/slow-upload.ts'

/*
 * A deployment stops a process with SIGTERM: it must stop taking new requests, finish the ones in
 * flight, close the database and exit 0, so no user loses what they were sending.
 */
describe('SIGTERM while a request is in flight', function () {
  this.timeout(120_000)
  let service: SharedService
  before(async () => {
    service = await startSharedService(1)
  })
  after(() => service?.close())

  it('refuses new connections, finishes the in-flight upload, then exits 0', async () => {
    const [app] = service.processes
    const { client, account, pin } = await insertEnrolledClient(service.database.db, service.deps.pinSecret)
    const browser = new SessionBrowser()
    await signInClient(browser, new RoundRobin([app!]), account, pin)
    const form = await browser.get(`${app!.url}/client/messages/upload-documents`)
    const upload = startSlowUpload(
      `${app!.url}/client/messages/upload-documents`,
      browser.cookieHeader(),
      csrfTokenFrom(form.text),
      { name: 'payslip.png', content: png({ width: 40, height: 40 }) },
    )
    await upload.started
    const exited = app!.stop('SIGTERM')
    await new Promise(resolve => setTimeout(resolve, 500))

    let refused = false
    try {
      await fetch(`${app!.url}/health`, { signal: AbortSignal.timeout(2000) })
    } catch {
      refused = true
    }
    expect(refused, 'a new request after SIGTERM is refused').to.equal(true)
    expect(app!.process.exitCode, 'still running while a request is in flight').to.equal(null)

    upload.finish()
    const response = await upload.response
    expect(response).to.deep.equal({ status: 302, location: '/client/messages/upload-documents/done' })
    expect(await exited).to.equal(0)
    const documents = await service.database
      .db('documents')
      .where({ owner_client_id: client.id })
      .count({ n: '*' })
      .first()
    expect(toCount(documents)).to.equal(1)
    expect(storedFiles(service)).to.have.length(1)
  })
})
