import { expect } from 'chai'
import { isPostgres, toCount } from '../../models/db.ts'
import { insertClient } from '../fixtures/clients.ts'
import { raiseRequest } from '../fixtures/caseworker-work.ts'
import { reportFigure } from './support/figures.ts'
import { RoundRobin, signInCaseworker } from './support/journeys.ts'
import { SessionBrowser } from './support/session-browser.ts'
import { startSharedService, type SharedService } from './support/shared-service.ts'

const BURST = 60

/*
 * The process dies mid-burst (SIGKILL: no clean-up at all). Every write that was answered with
 * success must be there after a restart, every write is all there or not there at all, and the
 * database itself is sound.
 */
describe('SIGKILL during a burst of writes', function () {
  this.timeout(180_000)
  let service: SharedService
  before(async () => {
    service = await startSharedService(1, { demoData: true })
  })
  after(() => service?.close())

  const db = () => service.database.db

  it('keeps every acknowledged write, whole, and the database passes its integrity check', async () => {
    const clients = await Promise.all(
      Array.from({ length: BURST }, (_, index) =>
        insertClient(db(), service.deps.pinSecret, { lastName: `Burst ${index}` }),
      ),
    )
    const requests: Array<{ id: number; reference: string }> = []
    for (const client of clients)
      requests.push(
        await raiseRequest(service.deps, client.id, 'change_of_name', {
          title: null,
          firstName: 'Renamed',
          lastName: 'Client',
        }),
      )
    const [app] = service.processes
    const caseworker = new SessionBrowser()
    await signInCaseworker(caseworker, new RoundRobin([app!]))
    const form = await caseworker.get(`${app!.url}/caseworker/service-requests/${requests[0]!.id}`)

    const acknowledged: number[] = []
    let settled = 0
    const burst = requests.map(async ({ id }) => {
      try {
        const reply = await caseworker.post(`${app!.url}/caseworker/service-requests/${id}/complete`, form.text)
        if (reply.status === 302) acknowledged.push(id)
      } catch {
        // the connection died with the process: not acknowledged
      } finally {
        settled += 1
      }
    })
    // Kill as soon as the first write is acknowledged, while the others are still in flight.
    while (acknowledged.length < 1 && settled < BURST) await new Promise(resolve => setTimeout(resolve, 5))
    await app!.stop('SIGKILL')
    await Promise.all(burst)
    expect(acknowledged.length, 'some writes were cut off').to.be.lessThan(BURST)

    const restarted = await service.start()
    expect((await fetch(`${restarted.url}/health`)).status).to.equal(200)

    const ids = requests.map(request => request.id)
    const completed = (
      await db()('service_requests').whereIn('id', ids).where({ status: 'completed' }).select('id')
    ).map(row => Number(row.id))
    reportFigure(`${acknowledged.length} of ${BURST} completions acknowledged before SIGKILL, ${completed.length} kept`)
    expect(completed, 'every acknowledged write is kept').to.include.members(acknowledged)
    // Each completion is whole: the request closed, the name changed and the audit entry written together.
    const clientIds = clients.map(client => String(client.id))
    const audited = toCount(
      await db()('audit_log')
        .where({ action: 'service_request_completed' })
        .whereIn('subject_id', clientIds)
        .count({ n: '*' })
        .first(),
    )
    const renamed = toCount(
      await db()('clients')
        .whereIn(
          'id',
          clients.map(client => client.id),
        )
        .where({ first_name: 'Renamed' })
        .count({ n: '*' })
        .first(),
    )
    expect([audited, renamed]).to.deep.equal([completed.length, completed.length])

    if (isPostgres(db())) {
      const invalid = await db().raw<{ rows: unknown[] }>('select conname from pg_constraint where not convalidated')
      expect(invalid.rows).to.deep.equal([])
    } else {
      expect(await db().raw('PRAGMA integrity_check')).to.deep.equal([{ integrity_check: 'ok' }])
      expect(await db().raw('PRAGMA foreign_key_check')).to.deep.equal([])
    }
  })
})
