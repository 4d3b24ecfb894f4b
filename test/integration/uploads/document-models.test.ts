import { expect } from 'chai'
import { Documents, type NewDocument } from '../../../models/document.model.ts'
import { UploadErrors } from '../../../models/upload-error.model.ts'
import { insertClientRecord } from '../../fixtures/clients.ts'
import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts'

function newDocument(ownerClientId: number, overrides: Partial<NewDocument> = {}): NewDocument {
  return {
    ownerClientId,
    storedName: `${crypto.randomUUID()}.pdf`,
    originalFileName: 'payslip.pdf',
    contentType: 'application/pdf',
    sizeBytes: 1234,
    pageCount: 2,
    sha256: 'a'.repeat(64),
    uploadedAt: '2026-11-23T10:00:00.000Z',
    uploadedOn: '2026-11-23',
    messageId: null,
    serviceRequestId: null,
    source: 'self_service',
    ...overrides,
  }
}

describe('document and upload error models', () => {
  let database: TestDatabase
  let documents: Documents
  let uploadErrors: UploadErrors
  let cindy: number
  let george: number

  before(async () => {
    database = await createTestDatabase()
    documents = new Documents(database.db)
    uploadErrors = new UploadErrors(database.db)
    cindy = await insertClientRecord(database.db)
    george = await insertClientRecord(database.db)
  })
  after(() => database.destroy())

  it('finds a client’s own document and no other client’s', async () => {
    const id = await documents.insert(newDocument(cindy, { messageId: 42 }))
    expect(await documents.findForOwner(cindy, id)).to.deep.include({ id, ownerClientId: cindy, messageId: 42 })
    expect(await documents.findForOwner(george, id)).to.equal(undefined)
    expect((await documents.findById(id))?.ownerClientId).to.equal(cindy)
  })

  it('lists a client’s documents newest first', async () => {
    await documents.insert(newDocument(george, { uploadedAt: '2026-11-20T10:00:00.000Z', originalFileName: 'old.png' }))
    await documents.insert(newDocument(george, { uploadedAt: '2026-11-22T10:00:00.000Z', originalFileName: 'new.png' }))
    const listed = await documents.listForOwner(george)
    expect(listed.map(document => document.originalFileName)).to.deep.equal(['new.png', 'old.png'])
  })

  it('keeps the daily count per client and day', async () => {
    await database.db.transaction(async trx => {
      expect(await documents.lockDailyCount(cindy, '2026-11-23', trx)).to.equal(0)
      await documents.addToDailyCount(cindy, '2026-11-23', 3, trx)
    })
    await database.db.transaction(async trx => {
      expect(await documents.lockDailyCount(cindy, '2026-11-23', trx)).to.equal(3)
      await documents.addToDailyCount(cindy, '2026-11-23', 2, trx)
    })
    expect(await documents.countAcceptedOn(cindy, '2026-11-23')).to.equal(5)
    expect(await documents.countAcceptedOn(cindy, '2026-11-24')).to.equal(0)
    expect(await documents.countAcceptedOn(george, '2026-11-23')).to.equal(0)
  })

  it('records upload errors In Progress and In Error for caseworkers', async () => {
    await uploadErrors.record([
      {
        clientId: george,
        occurredAt: '2026-11-23T10:00:00.000Z',
        originalFileName: 'letter.docx',
        sizeBytes: 2048,
        cause: 'incorrect_type',
        description: 'The document being uploaded is of an incorrect type',
        messageId: null,
        serviceRequestId: 7,
      },
    ])
    const [recorded] = await uploadErrors.listForClient(george)
    expect(recorded).to.deep.include({
      clientId: george,
      originalFileName: 'letter.docx',
      cause: 'incorrect_type',
      activityStatus: 'In Progress',
      errorStatus: 'In Error',
      serviceRequestId: 7,
    })
    expect((await uploadErrors.listInError()).map(error => error.clientId)).to.include(george)
    expect(await uploadErrors.listForClient(cindy)).to.deep.equal([])
  })
})
