import { expect } from 'chai'
import { openDatabase } from '../../../models/db.ts'
import { Documents } from '../../../models/document.model.ts'
import { UploadErrors } from '../../../models/upload-error.model.ts'
import { DocumentUploads } from '../../../services/uploads/document-uploads.ts'
import { png } from '../../fixtures/files.ts'
import { insertClientRecord } from '../../fixtures/clients.ts'
import { reasonsOf, storedFileNames, useUploadTestApp } from '../../support/upload-helpers.ts'
import { AuditLog } from '../../../models/audit.model.ts'

describe('the daily upload limit', function () {
  this.timeout(60_000)
  const context = useUploadTestApp()
  const { files } = context

  const pngs = (count: number) => Array.from({ length: count }, (_, index) => files.upload(`p${index}.png`, png()))
  const accept = (client: number, count: number) => context.testApp.deps.documentUploads.accept(client, pngs(count))

  it('allows 10 documents a day across uploads, refusing the rest', async () => {
    const client = await insertClientRecord(context.testApp.database.db)
    const before = storedFileNames(context.testApp.deps).length
    expect(reasonsOf(await accept(client, 4))).to.deep.equal(new Array(4).fill('accepted'))
    expect(reasonsOf(await accept(client, 4))).to.deep.equal(new Array(4).fill('accepted'))
    expect(reasonsOf(await accept(client, 4))).to.deep.equal(['accepted', 'accepted', 'dailyLimit', 'dailyLimit'])
    expect(reasonsOf(await accept(client, 1))).to.deep.equal(['dailyLimit'])
    expect(await context.testApp.deps.documents.listForOwner(client)).to.have.length(10)
    expect(await context.testApp.deps.documents.countAcceptedOn(client, '2026-11-23')).to.equal(10)
    // Refused files are not kept.
    expect(storedFileNames(context.testApp.deps)).to.have.length(before + 10)
    const errors = await context.testApp.deps.uploadErrors.listForClient(client)
    expect(errors.map(error => error.cause)).to.deep.equal(new Array(3).fill('daily_limit_exceeded'))
    expect(errors[0]?.description).to.equal('The daily limit has been exceeded')
  })

  it('counts each client on their own', async () => {
    const full = await insertClientRecord(context.testApp.database.db)
    const other = await insertClientRecord(context.testApp.database.db)
    await accept(full, 5)
    await accept(full, 5)
    expect(reasonsOf(await accept(other, 1))).to.deep.equal(['accepted'])
  })

  it('starts a new day at midnight UK time, not UTC', async () => {
    const client = await insertClientRecord(context.testApp.database.db)
    // 23:59 on 1 July in the UK (British Summer Time) is 22:59 UTC.
    context.testApp.clock.set('2026-07-01T22:59:00.000Z')
    await accept(client, 5)
    await accept(client, 5)
    expect(reasonsOf(await accept(client, 1))).to.deep.equal(['dailyLimit'])
    // 00:01 on 2 July in the UK, though still 1 July in UTC.
    context.testApp.clock.set('2026-07-01T23:01:00.000Z')
    expect(reasonsOf(await accept(client, 1))).to.deep.equal(['accepted'])
    expect(await context.testApp.deps.documents.countAcceptedOn(client, '2026-07-01')).to.equal(10)
    expect(await context.testApp.deps.documents.countAcceptedOn(client, '2026-07-02')).to.equal(1)
  })

  it('holds under concurrent uploads from separate connections', async () => {
    const client = await insertClientRecord(context.testApp.database.db)
    // A second handle on the same database, as a second app process would have.
    const secondDb = openDatabase(context.testApp.database.settings)
    const { deps } = context.testApp
    const secondUploads = new DocumentUploads({
      ...deps,
      db: secondDb,
      auditLog: new AuditLog(secondDb, deps.clock),
      documents: new Documents(secondDb),
      uploadErrors: new UploadErrors(secondDb),
    })
    try {
      const outcomes = await Promise.all(
        [deps.documentUploads, secondUploads, deps.documentUploads, secondUploads].map(service =>
          service.accept(client, pngs(4)),
        ),
      )
      const accepted = outcomes.reduce((sum, outcome) => sum + outcome.acceptedCount, 0)
      const refused = outcomes.flatMap(outcome => reasonsOf(outcome)).filter(reason => reason !== 'accepted')
      expect(accepted).to.equal(10)
      expect(refused).to.deep.equal(new Array(6).fill('dailyLimit'))
      expect(await deps.documents.listForOwner(client)).to.have.length(10)
      expect(await deps.documents.countAcceptedOn(client, '2026-07-02')).to.equal(10)
      expect(await deps.uploadErrors.listForClient(client)).to.have.length(6)
    } finally {
      await secondDb.destroy()
    }
  })
})
