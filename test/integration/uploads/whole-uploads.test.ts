import { expect } from 'chai'
import type { Database } from '../../../models/db.ts'
import { docx, png } from '../../fixtures/files.ts'
import { insertClientRecord } from '../../fixtures/clients.ts'
import { storedFileNames, useUploadTestApp } from '../../support/upload-helpers.ts'

/** Files sent with a message: taken all together with the message, or not at all. */
describe('all-or-nothing uploads', function () {
  this.timeout(60_000)
  const context = useUploadTestApp()
  const { files } = context

  const recordMessage = (clientId: number, calls: number[]) => async (trx: Database) => {
    const rows: Array<{ id: number }> = await trx('activities')
      .insert({
        client_id: clientId,
        activity_type: 'inbound_message',
        direction: 'inbound',
        subject: 'General query',
        status: 'open',
        created_at: context.testApp.clock.now().toISOString(),
        created_by: 'self_service',
      })
      .returning('id')
    const id = rows[0]!.id
    calls.push(id)
    return id
  }

  it('records the message in the upload’s transaction and links every document to it', async () => {
    const client = await insertClientRecord(context.testApp.database.db)
    const calls: number[] = []
    const outcome = await context.testApp.deps.documentUploads.accept(
      client,
      [files.upload('a.png', png()), files.upload('b.png', png())],
      { wholeWith: { recordMessage: recordMessage(client, calls) } },
    )
    expect(outcome.acceptedCount).to.equal(2)
    expect(calls).to.have.length(1)
    const documents = await context.testApp.deps.documents.listForOwner(client)
    expect(documents.map(document => document.messageId)).to.deep.equal([calls[0], calls[0]])
  })

  it('takes none of the files, and records no message, when one is refused', async () => {
    const client = await insertClientRecord(context.testApp.database.db)
    const calls: number[] = []
    const before = storedFileNames(context.testApp.deps).length
    const outcome = await context.testApp.deps.documentUploads.accept(
      client,
      [files.upload('a.png', png()), files.upload('b.docx', docx())],
      { wholeWith: { recordMessage: recordMessage(client, calls) } },
    )
    expect(outcome.results.map(result => result.status)).to.deep.equal(['withheld', 'refused'])
    expect([outcome.acceptedCount, outcome.refusedCount]).to.deep.equal([0, 1])
    expect(calls).to.deep.equal([])
    expect(await context.testApp.deps.documents.listForOwner(client)).to.deep.equal([])
    expect(storedFileNames(context.testApp.deps)).to.have.length(before)
    expect(await context.testApp.deps.documents.countAcceptedOn(client, '2026-11-23')).to.equal(0)
  })

  it('withholds them all when the day’s allowance, taken in the transaction, cannot cover every file', async () => {
    const client = await insertClientRecord(context.testApp.database.db)
    await context.testApp.database.db('document_daily_counts').insert({
      client_id: client,
      upload_date: '2026-11-23',
      documents_accepted: 0,
    })
    // Another upload takes nine of the ten between the first look at the count and the transaction.
    const documents = context.testApp.deps.documents
    const originalCount = documents.countAcceptedOn.bind(documents)
    documents.countAcceptedOn = async (...args) => {
      const count = await originalCount(...args)
      await context.testApp.database
        .db('document_daily_counts')
        .where({ client_id: client })
        .update({ documents_accepted: 9 })
      return count
    }
    const calls: number[] = []
    try {
      const outcome = await context.testApp.deps.documentUploads.accept(
        client,
        [files.upload('a.png', png()), files.upload('b.png', png())],
        { wholeWith: { recordMessage: recordMessage(client, calls) } },
      )
      expect(
        outcome.results.map(result => (result.status === 'refused' ? result.reason : result.status)),
      ).to.deep.equal(['withheld', 'dailyLimit'])
    } finally {
      documents.countAcceptedOn = originalCount
    }
    expect(calls).to.deep.equal([])
    expect(await context.testApp.deps.documents.listForOwner(client)).to.deep.equal([])
    expect(await context.testApp.deps.documents.countAcceptedOn(client, '2026-11-23')).to.equal(9)
  })
})
