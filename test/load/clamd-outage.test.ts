import { expect } from 'chai'
import { toCount } from '../../models/db.ts'
import { startClamd, type ClamdDaemon } from '../../scripts/clamd-daemon.ts'
import { insertEnrolledClient } from '../fixtures/clients.ts'
import { png } from '../fixtures/files.ts'
import { parseHtml } from '../support/html.ts'
import { RoundRobin, signInClient } from './support/journeys.ts'
import { SessionBrowser, type Reply } from './support/session-browser.ts'
import { startSharedService, storedFiles, type SharedService } from './support/shared-service.ts'

const UPLOAD = '/client/messages/upload-documents'

/*
 * The virus scanner stops in the middle of a run of uploads: while it is down every upload is
 * refused with the friendly "try again" error and nothing is kept; when it is back, uploads work
 * again without restarting the app.
 */
describe('clamd stopped in the middle of uploads', function () {
  this.timeout(120_000)
  let clamd: ClamdDaemon
  let service: SharedService
  before(async () => {
    clamd = await startClamd()
    service = await startSharedService(2, { environment: clamd.environment })
  })
  after(async () => {
    await service?.close()
    await clamd?.stop()
  })

  it('refuses uploads with the friendly error while it is down, stores nothing, and recovers', async () => {
    const { client, account, pin } = await insertEnrolledClient(service.database.db, service.deps.pinSecret)
    const to = new RoundRobin(service.processes)
    const browser = new SessionBrowser()
    await signInClient(browser, to, account, pin)
    const form = await browser.get(to.url(UPLOAD))
    let sequence = 0
    const uploadThree = () =>
      Promise.all(
        [0, 1, 2].map(() => {
          sequence += 1
          return browser.postFiles(to.url(UPLOAD), form.text, 'documents', [
            { name: `payslip-${sequence}.png`, content: png({ width: sequence }) },
          ])
        }),
      )
    const kept = async () => ({
      documents: toCount(
        await service.database.db('documents').where({ owner_client_id: client.id }).count({ n: '*' }).first(),
      ),
      files: storedFiles(service).length,
    })
    const accepted = (replies: Reply[]) => replies.map(reply => [reply.status, reply.location])
    const done = [302, '/client/messages/upload-documents/done']

    expect(accepted(await uploadThree())).to.deep.equal([done, done, done])
    const before = await kept()
    expect(before.documents).to.equal(3)

    await clamd.stop()
    const whileDown = await uploadThree()
    expect(whileDown.map(reply => reply.status)).to.deep.equal([400, 400, 400])
    for (const reply of whileDown) {
      const $ = parseHtml(reply.text)
      expect($('.govuk-error-summary__list a').text().trim()).to.equal(
        'The selected file could not be uploaded – try again',
      )
      expect(reply.text).to.not.match(/ECONNREFUSED|clamd/i)
    }
    expect(await kept(), 'nothing stored while the scanner is down').to.deep.equal(before)

    clamd = await startClamd({ port: clamd.port })
    expect(accepted(await uploadThree())).to.deep.equal([done, done, done])
    expect(await kept()).to.deep.equal({ documents: 6, files: before.files + 3 })
  })
})
