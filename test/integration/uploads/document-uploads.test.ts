import { expect } from 'chai'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { eicarTestBytes } from '../../../services/virus-scan/eicar.ts'
import { docx, encryptedPdf, exe, gif, jpeg, pdf, png, pngOfSize, tiff } from '../../fixtures/files.ts'
import { insertClientRecord } from '../../fixtures/clients.ts'
import { clamdForTests, type TestClamd } from '../../support/clamd.ts'
import { TemporaryFiles } from '../../support/temporary-files.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'
import { reasonsOf, storedFileNames } from '../../support/upload-helpers.ts'

const MB = 1024 * 1024

describe('document uploads', function () {
  this.timeout(60_000)
  const files = new TemporaryFiles()
  let clamd: TestClamd
  let testApp: TestApp

  before(async () => {
    clamd = await clamdForTests()
    testApp = await createTestApp({ uploads: { clamd: clamd.address } })
  })
  after(async () => {
    await testApp.close()
    await clamd.stop()
    files.remove()
  })

  const uploads = () => testApp.deps.documentUploads
  const errorsOf = (clientId: number) => testApp.deps.uploadErrors.listForClient(clientId)

  it('scans through the real clamd', () => {
    expect(testApp.deps.virusScanner.description).to.match(/^clamd on /)
  })

  it('accepts each accepted type, recording and storing it', async () => {
    const client = await insertClientRecord(testApp.database.db)
    const content = pdf({ pages: 2 })
    const outcome = await uploads().accept(client, [
      files.upload('photo.jpg', jpeg()),
      files.upload('scan.png', png()),
      files.upload('animation.gif', gif()),
      files.upload('fax.tif', tiff()),
      files.upload('payslip.pdf', content),
    ])
    expect(reasonsOf(outcome)).to.deep.equal(['accepted', 'accepted', 'accepted', 'accepted', 'accepted'])
    const documents = await testApp.deps.documents.listForOwner(client)
    expect(documents.map(document => document.contentType).sort()).to.deep.equal([
      'application/pdf',
      'image/gif',
      'image/jpeg',
      'image/png',
      'image/tiff',
    ])
    const payslip = documents.find(document => document.originalFileName === 'payslip.pdf')!
    expect(payslip).to.deep.include({
      pageCount: 2,
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      uploadedOn: '2026-11-23',
      source: 'self_service',
      serviceRequestId: null,
    })
    const stored = fs.readFileSync(path.join(testApp.deps.config.uploads.storageDirectory, payslip.storedName))
    expect(stored.equals(content)).to.equal(true)
    expect(payslip.storedName).not.to.contain('payslip')
    const audit = await testApp.deps.auditLog.forSubject('document', payslip.id)
    expect(audit[0]).to.deep.include({ action: 'document.uploaded', actorType: 'client', actorId: String(client) })
    expect(await errorsOf(client)).to.deep.equal([])
  })

  it('judges the type by content: a renamed Word document or program is refused, a renamed PNG accepted', async () => {
    const client = await insertClientRecord(testApp.database.db)
    const outcome = await uploads().accept(client, [
      files.upload('evidence.pdf', docx()),
      files.upload('photo.jpg', exe()),
      files.upload('scan.pdf', png()),
    ])
    expect(reasonsOf(outcome)).to.deep.equal(['wrongType', 'wrongType', 'accepted'])
    const [document] = await testApp.deps.documents.listForOwner(client)
    expect(document).to.deep.include({ originalFileName: 'scan.pdf', contentType: 'image/png' })
    const errors = await errorsOf(client)
    expect(errors.map(error => [error.originalFileName, error.cause])).to.have.deep.members([
      ['evidence.pdf', 'incorrect_type'],
      ['photo.jpg', 'incorrect_type'],
    ])
    expect(errors[0]).to.deep.include({
      description: 'The document being uploaded is of an incorrect type',
      activityStatus: 'In Progress',
      errorStatus: 'In Error',
    })
  })

  it('accepts a file of exactly 5 MB and refuses a larger one', async () => {
    const client = await insertClientRecord(testApp.database.db)
    const outcome = await uploads().accept(client, [
      files.upload('five.png', pngOfSize(5 * MB)),
      files.upload('over.png', pngOfSize(5 * MB + 1)),
      { originalName: 'huge.png', path: undefined, sizeBytes: 9 * MB, exceededSizeLimit: true },
    ])
    expect(reasonsOf(outcome)).to.deep.equal(['accepted', 'tooLarge', 'tooLarge'])
    expect((await errorsOf(client)).map(error => error.cause)).to.deep.equal(['too_large', 'too_large'])
  })

  it('refuses every file of a selection of more than 5, storing none', async () => {
    const client = await insertClientRecord(testApp.database.db)
    const before = storedFileNames(testApp.deps).length
    const six = Array.from({ length: 6 }, (_, index) => files.upload(`page-${index}.png`, png()))
    const outcome = await uploads().accept(client, six)
    expect(reasonsOf(outcome)).to.deep.equal(new Array(6).fill('tooManyFiles'))
    expect(storedFileNames(testApp.deps)).to.have.length(before)
    expect(await testApp.deps.documents.listForOwner(client)).to.deep.equal([])
    const errors = await errorsOf(client)
    expect(errors).to.have.length(6)
    expect(errors[0]).to.deep.include({ cause: 'too_many_files' })
  })

  it('refuses a PDF of more than 50 pages and accepts one of 50', async () => {
    const client = await insertClientRecord(testApp.database.db)
    const outcome = await uploads().accept(client, [
      files.upload('fifty.pdf', pdf({ pages: 50 })),
      files.upload('fifty-one.pdf', pdf({ pages: 51 })),
    ])
    expect(reasonsOf(outcome)).to.deep.equal(['accepted', 'tooManyPages'])
    expect((await testApp.deps.documents.listForOwner(client))[0]?.pageCount).to.equal(50)
    expect(await errorsOf(client)).to.have.length(1)
    expect((await errorsOf(client))[0]).to.deep.include({
      cause: 'too_many_pages',
      description: 'The document being uploaded has more than 50 pages',
    })
  })

  it('refuses an encrypted, unreadable or empty file', async () => {
    const client = await insertClientRecord(testApp.database.db)
    const outcome = await uploads().accept(client, [
      files.upload('locked.pdf', encryptedPdf()),
      files.upload('broken.pdf', Buffer.from('%PDF-1.7\nnot really')),
      files.upload('empty.png', Buffer.alloc(0)),
    ])
    expect(reasonsOf(outcome)).to.deep.equal(['passwordProtected', 'unreadable', 'empty'])
    expect((await errorsOf(client)).map(error => error.cause).sort()).to.deep.equal([
      'password_protected',
      'unreadable',
      'unreadable',
    ])
  })

  it('refuses a file carrying the EICAR test virus, found by the real clamd', async () => {
    const client = await insertClientRecord(testApp.database.db)
    const before = storedFileNames(testApp.deps).length
    const outcome = await uploads().accept(client, [
      files.upload('holiday.png', png({ extra: eicarTestBytes() })),
      files.upload('clean.png', png()),
    ])
    expect(reasonsOf(outcome)).to.deep.equal(['virus', 'accepted'])
    expect(storedFileNames(testApp.deps)).to.have.length(before + 1)
    const [error] = await errorsOf(client)
    expect(error).to.deep.include({
      originalFileName: 'holiday.png',
      cause: 'contains_virus',
      description: 'The file being uploaded contains a virus',
    })
  })

  it('links documents and errors to the message they came with', async () => {
    const client = await insertClientRecord(testApp.database.db)
    await uploads().accept(client, [files.upload('a.png', png()), files.upload('b.doc', docx())], {
      linkTo: { messageId: 314 },
    })
    expect((await testApp.deps.documents.listForOwner(client))[0]).to.deep.include({
      messageId: 314,
      serviceRequestId: null,
    })
    expect((await errorsOf(client))[0]).to.deep.include({ messageId: 314 })
    await uploads().accept(client, [files.upload('c.png', png())], { linkTo: { serviceRequestId: 27 } })
    expect((await testApp.deps.documents.listForOwner(client))[0]).to.deep.include({ serviceRequestId: 27 })
  })

  it('records nothing for an upload with no files', async () => {
    const client = await insertClientRecord(testApp.database.db)
    const outcome = await uploads().accept(client, [])
    expect(outcome).to.deep.equal({ results: [], acceptedCount: 0, refusedCount: 0 })
    expect(await errorsOf(client)).to.deep.equal([])
  })
})
