import { expect } from 'chai'
import { newServiceRequestReference } from '../../../services/service-requests/service-requests.service.ts'
import { insertClientRecord } from '../../fixtures/clients.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

describe('service requests', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  const request = (clientId: number) => ({
    clientId,
    caseId: null,
    source: 'self_service' as const,
    requestType: 'change_of_name',
    requestedChange: { firstName: 'Jo', lastName: 'Bloggs' },
    currentValues: { firstName: 'Joanne', lastName: 'Bloggs' },
    clientNote: null,
    createdBy: String(clientId),
  })

  it('raises a request with a readable reference and an audit entry', async () => {
    const clientId = await insertClientRecord(testApp.database.db)
    const { id, reference } = await testApp.deps.raiseServiceRequest.raise(request(clientId))
    expect(reference).to.match(/^SR-[A-HJ-NP-Z2-9]{8}$/)
    const stored = await testApp.deps.serviceRequests.findById(id)
    expect(stored).to.deep.include({ status: 'open', source: 'self_service', requestType: 'change_of_name', clientId })
    expect(stored!.requestedChange).to.deep.equal({ firstName: 'Jo', lastName: 'Bloggs' })
    expect(stored!.currentValues).to.deep.equal({ firstName: 'Joanne', lastName: 'Bloggs' })
    const audit = await testApp.database
      .db('audit_log')
      .where({ action: 'service_request_raised', subject_id: String(id) })
    expect(audit).to.have.length(1)
  })

  it('finds a client’s request by reference only for that client', async () => {
    const owner = await insertClientRecord(testApp.database.db)
    const other = await insertClientRecord(testApp.database.db)
    const { reference } = await testApp.deps.raiseServiceRequest.raise(request(owner))
    expect(await testApp.deps.serviceRequests.findForClient(owner, reference)).not.to.equal(undefined)
    expect(await testApp.deps.serviceRequests.findForClient(other, reference)).to.equal(undefined)
  })

  it('closes a request once only', async () => {
    const clientId = await insertClientRecord(testApp.database.db)
    const { id } = await testApp.deps.raiseServiceRequest.raise(request(clientId))
    const now = testApp.clock.now()
    expect(await testApp.deps.serviceRequests.close(id, { status: 'completed', staffId: '35220900' }, now)).to.equal(
      true,
    )
    expect(
      await testApp.deps.serviceRequests.close(
        id,
        { status: 'rejected', staffId: '35220900', rejectionReason: 'x' },
        now,
      ),
    ).to.equal(false)
    expect((await testApp.deps.serviceRequests.findById(id))!.status).to.equal('completed')
  })

  it('writes nothing when the caller’s transaction fails', async () => {
    const clientId = await insertClientRecord(testApp.database.db)
    const before = await testApp.deps.serviceRequests.listForClient(clientId)
    try {
      await testApp.database.db.transaction(async trx => {
        await testApp.deps.raiseServiceRequest.raise(request(clientId), trx)
        throw new Error('evidence could not be linked')
      })
    } catch {
      // expected
    }
    expect(await testApp.deps.serviceRequests.listForClient(clientId)).to.deep.equal(before)
    expect(
      await testApp.database.db('audit_log').where({ action: 'service_request_raised', actor_id: String(clientId) }),
    ).to.have.length(0)
  })

  it('makes references that are hard to mistake when read out', () => {
    for (let draw = 0; draw < 200; draw++) expect(newServiceRequestReference()).not.to.match(/[01IO]/)
  })
})
