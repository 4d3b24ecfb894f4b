import { expect } from 'chai'
import { toCount } from '../../models/db.ts'
import { insertCase } from '../fixtures/cases.ts'
import { insertClient, insertClientRecord, insertEnrolledClient } from '../fixtures/clients.ts'
import { raiseRequest } from '../fixtures/caseworker-work.ts'
import { png } from '../fixtures/files.ts'
import { parseHtml, textOf } from '../support/html.ts'
import { reportFigure } from './support/figures.ts'
import { RoundRobin, payByCard, paymentSucceeded, signInCaseworker, signInClient } from './support/journeys.ts'
import { SessionBrowser, type Reply } from './support/session-browser.ts'
import { startSharedService, storedFiles, type SharedService } from './support/shared-service.ts'

const PAYERS = 8
const PAYMENTS_EACH = 10
const UPLOADERS = 5
const UPLOADS_EACH = 14
const DAILY_LIMIT = 10
const SERVICE_REQUESTS = 50
// 80 card payment confirmations + 70 uploads + 50 service request completions.
const OPERATIONS = PAYERS * PAYMENTS_EACH + UPLOADERS * UPLOADS_EACH + SERVICE_REQUESTS

function statusCounts(replies: Reply[]): Record<number, number> {
  const counts: Record<number, number> = {}
  for (const { status } of replies) counts[status] = (counts[status] ?? 0) + 1
  return counts
}

/*
 * 200 writes at once, spread over two app processes sharing one database (one SQLite file, or
 * PostgreSQL in the PostgreSQL run): afterwards the ledger, the documents and the audit log hold
 * exactly what the responses said was accepted, and no request failed with a 5xx.
 */
describe('200 concurrent writes across two app processes', function () {
  this.timeout(300_000)
  let service: SharedService
  const replies: Reply[] = []
  const browser = () => new SessionBrowser(reply => replies.push(reply))

  before(async () => {
    service = await startSharedService(2, { demoData: true })
  })
  after(() => service?.close())

  const db = () => service.database.db
  const count = async (
    table: string,
    where: Record<string, unknown>,
    column?: string,
    values?: Array<number | string>,
  ) => {
    const query = db()(table).where(where)
    if (column && values) query.whereIn(column, values)
    return toCount(await query.count({ n: '*' }).first())
  }

  async function newPayer(to: RoundRobin) {
    const { client, account, pin } = await insertEnrolledClient(db(), service.deps.pinSecret)
    const caseId = await insertCase(db(), {
      payingParentClientId: client.id,
      receivingParentClientId: await insertClientRecord(db()),
    })
    const session = browser()
    await signInClient(session, to, account, pin)
    return { caseId, session }
  }

  async function newUploader(to: RoundRobin) {
    const { client, account, pin } = await insertEnrolledClient(db(), service.deps.pinSecret)
    // Two sessions for the one client, so the uploads race in separate sessions as well as processes.
    const sessions = [browser(), browser()]
    for (const session of sessions) await signInClient(session, to, account, pin)
    return { clientId: client.id, sessions }
  }

  it('loses no write and breaks no limit: ledger, documents and audit rows match what was accepted', async () => {
    const to = new RoundRobin(service.processes)
    const payers = await Promise.all(Array.from({ length: PAYERS }, () => newPayer(to)))
    const uploaders = await Promise.all(Array.from({ length: UPLOADERS }, () => newUploader(to)))
    const requestClients = await Promise.all(
      Array.from({ length: SERVICE_REQUESTS }, (_, index) =>
        insertClient(db(), service.deps.pinSecret, { firstName: 'Before', lastName: `Name ${index}` }),
      ),
    )
    const requests: Array<{ id: number; reference: string }> = []
    for (const client of requestClients)
      requests.push(
        await raiseRequest(service.deps, client.id, 'change_of_name', {
          title: null,
          firstName: 'After',
          lastName: `Name ${client.id}`,
        }),
      )
    const caseworkers = [browser(), browser()]
    await signInCaseworker(caseworkers[0]!, to, '35220900')
    await signInCaseworker(caseworkers[1]!, to, '57261910')
    const filesBefore = storedFiles(service).length
    replies.length = 0

    const started = Date.now()
    const pennies = (payer: number, payment: number) => 1000 + payer * 100 + payment
    const payments = payers.map(async ({ session }, payer) => {
      const outcomes: boolean[] = []
      for (let payment = 0; payment < PAYMENTS_EACH; payment++)
        outcomes.push(paymentSucceeded(await payByCard(session, to, (pennies(payer, payment) / 100).toFixed(2))))
      return outcomes
    })
    const uploads = uploaders.map(async ({ sessions }) => {
      const forms = await Promise.all(sessions.map(session => session.get(to.url('/client/messages/upload-documents'))))
      return Promise.all(
        Array.from({ length: UPLOADS_EACH }, (_, upload) =>
          sessions[upload % 2]!.postFiles(
            to.url('/client/messages/upload-documents'),
            forms[upload % 2]!.text,
            'documents',
            [{ name: `payslip-${upload}.png`, content: png({ width: upload + 1 }) }],
          ),
        ),
      )
    })
    const completions = (async () => {
      const forms = await Promise.all(
        caseworkers.map(session => session.get(to.url(`/caseworker/service-requests/${requests[0]!.id}`))),
      )
      return Promise.all(
        requests.map(({ id }, index) =>
          caseworkers[index % 2]!.post(to.url(`/caseworker/service-requests/${id}/complete`), forms[index % 2]!.text),
        ),
      )
    })()
    const [paid, uploaded, completed] = await Promise.all([Promise.all(payments), Promise.all(uploads), completions])
    const seconds = (Date.now() - started) / 1000
    reportFigure(
      `${OPERATIONS} operations in ${replies.length} requests over 2 processes in ${seconds.toFixed(1)}s; ` +
        `statuses: ${JSON.stringify(statusCounts(replies))}`,
    )

    expect(
      replies.filter(reply => reply.status >= 500).map(reply => reply.status),
      'server errors',
    ).to.deep.equal([])

    // Card payments: every confirmation succeeded and is in the ledger once, with one audit entry.
    expect(paid.flat().filter(Boolean)).to.have.length(PAYERS * PAYMENTS_EACH)
    const caseIds = payers.map(payer => payer.caseId)
    const entries = await db()('ledger_entries').whereIn('case_id', caseIds).where({ entry_type: 'card_payment' })
    expect(entries).to.have.length(PAYERS * PAYMENTS_EACH)
    const expectedPennies = payers.flatMap((_, payer) =>
      Array.from({ length: PAYMENTS_EACH }, (__, payment) => pennies(payer, payment)),
    )
    expect(entries.map(entry => Number(entry.amount_pence)).sort()).to.deep.equal(expectedPennies.sort())
    expect(await count('audit_log', { action: 'card_payment.recorded' }, 'subject_id', caseIds.map(String))).to.equal(
      PAYERS * PAYMENTS_EACH,
    )

    // Uploads: exactly the daily limit taken per client, the rest refused with the limit's message.
    for (const [index, { clientId }] of uploaders.entries()) {
      const outcomes = uploaded[index]!
      expect(
        outcomes.filter(reply => reply.status === 302),
        'uploads accepted',
      ).to.have.length(DAILY_LIMIT)
      const refused = outcomes.filter(reply => reply.status === 400)
      expect(refused, 'uploads refused').to.have.length(UPLOADS_EACH - DAILY_LIMIT)
      for (const reply of refused)
        expect(textOf(parseHtml(reply.text), '.govuk-error-summary__list')).to.equal(
          'You can only upload 10 documents a day',
        )
      expect(await count('documents', { owner_client_id: clientId })).to.equal(DAILY_LIMIT)
      expect(await count('audit_log', { action: 'document.uploaded', actor_id: String(clientId) })).to.equal(
        DAILY_LIMIT,
      )
    }
    expect(storedFiles(service).length - filesBefore, 'files kept').to.equal(UPLOADERS * DAILY_LIMIT)

    // Service requests: every completion applied once, closed, and audited.
    expect(completed.map(reply => reply.status)).to.deep.equal(requests.map(() => 302))
    const ids = requests.map(request => request.id)
    expect(await count('service_requests', { status: 'completed' }, 'id', ids)).to.equal(SERVICE_REQUESTS)
    expect(
      await count(
        'audit_log',
        { action: 'service_request_completed' },
        'subject_id',
        requestClients.map(client => String(client.id)),
      ),
    ).to.equal(SERVICE_REQUESTS)
    expect(
      await count(
        'clients',
        { first_name: 'After' },
        'id',
        requestClients.map(client => client.id),
      ),
    ).to.equal(SERVICE_REQUESTS)
  })
})
