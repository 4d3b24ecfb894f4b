import { expect } from 'chai'
import { newActivity } from '../../../models/activity.model.ts'
import { insertClientRecord } from '../../fixtures/clients.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

describe('activities and letters models', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  const at = (iso: string) => new Date(iso)

  it('lists a client’s activities newest first, filtered, and never another client’s', async () => {
    const { activities } = testApp.deps
    const client = await insertClientRecord(testApp.database.db)
    const other = await insertClientRecord(testApp.database.db)
    const message = {
      clientId: client,
      direction: 'inbound' as const,
      status: 'open' as const,
      createdBy: 'self_service',
    }
    const older = await activities.record(
      newActivity({ ...message, activityType: 'inbound_message', subject: 'General query', dueOn: '2026-12-01' }),
      at('2026-11-27T10:00:00Z'),
    )
    const newer = await activities.record(
      newActivity({ ...message, activityType: 'phone_call', direction: 'outbound', subject: 'Call', createdBy: 'CW1' }),
      at('2026-11-30T10:00:00Z'),
    )
    await activities.record(
      newActivity({ ...message, clientId: other, activityType: 'inbound_message', subject: 'Other' }),
      at('2026-11-28T10:00:00Z'),
    )
    const ids = (filter: Parameters<typeof activities.listForClient>[1]) =>
      activities.listForClient(client, filter).then(list => list.map(activity => activity.id))
    expect(await ids({})).to.deep.equal([newer, older])
    expect(await ids({ direction: 'inbound' })).to.deep.equal([older])
    expect(await ids({ types: ['phone_call'] })).to.deep.equal([newer])
    expect(await ids({ from: '2026-11-28T00:00:00Z', to: '2026-11-29T00:00:00Z' })).to.deep.equal([])
    expect(await activities.findForClient(other, older)).to.equal(undefined)
  })

  it('marks an activity done only once, and keeps its notes in order', async () => {
    const { activities } = testApp.deps
    const client = await insertClientRecord(testApp.database.db)
    const id = await activities.record(
      newActivity({
        clientId: client,
        activityType: 'upload_error',
        direction: 'inbound',
        subject: 'Upload error',
        status: 'in_progress',
        errorStatus: 'in_error',
        createdBy: 'self_service',
      }),
      at('2026-11-27T10:00:00Z'),
    )
    expect((await activities.listOpen()).map(activity => activity.id)).to.include(id)
    await activities.addNote(id, 'Phoned the client', 'CW1', at('2026-11-27T11:00:00Z'))
    await activities.addNote(id, 'They will send it again', 'CW1', at('2026-11-27T11:05:00Z'))
    expect((await activities.notesFor(id)).map(note => note.note)).to.deep.equal([
      'Phoned the client',
      'They will send it again',
    ])
    expect(await activities.markDone(id, 'CW1', at('2026-11-27T12:00:00Z'))).to.equal(true)
    expect(await activities.markDone(id, 'CW2', at('2026-11-27T12:01:00Z'))).to.equal(false)
    expect(await activities.findById(id)).to.deep.include({ status: 'done', errorStatus: null, completedBy: 'CW1' })
    expect((await activities.listOpen()).map(activity => activity.id)).not.to.include(id)
  })

  it('issues letters with a reference, scoped to their client, counted until read', async () => {
    const { letters } = testApp.deps
    const client = await insertClientRecord(testApp.database.db)
    const other = await insertClientRecord(testApp.database.db)
    const letter = await letters.issue(
      {
        clientId: client,
        caseId: null,
        templateCode: 'CMSL9800',
        language: 'en',
        details: { a: 1 },
        delivery: 'self_service',
        issuedBy: 'CW1',
      },
      at('2026-11-27T10:00:00Z'),
    )
    expect(letter.reference).to.match(/^L-[A-Z2-9]{8}$/)
    expect(await letters.countUnread(client)).to.equal(1)
    expect(await letters.findForClient(other, letter.id)).to.equal(undefined)
    await letters.markRead(other, letter.id, at('2026-11-27T11:00:00Z'))
    expect(await letters.countUnread(client)).to.equal(1)
    await letters.markRead(client, letter.id, at('2026-11-27T11:00:00Z'))
    expect(await letters.countUnread(client)).to.equal(0)
    expect(await letters.findForClient(client, letter.id)).to.deep.include({
      details: { a: 1 },
      readAt: '2026-11-27T11:00:00.000Z',
    })
  })
})
