import { expect } from 'chai'
import { startClamd } from '../../../scripts/clamd-daemon.ts'
import { UploadErrors, type NewUploadError } from '../../../models/upload-error.model.ts'
import type { Database } from '../../../models/db.ts'
import { LocalDirectoryStorage } from '../../../services/document-storage/local-directory-storage.ts'
import { DocumentUploads } from '../../../services/uploads/document-uploads.ts'
import { ClamdScanner } from '../../../services/virus-scan/clamd-scanner.ts'
import { docx, png } from '../../fixtures/files.ts'
import { insertClientRecord } from '../../fixtures/clients.ts'
import { reasonsOf, storedFileNames, useUploadTestApp } from '../../support/upload-helpers.ts'

describe('uploads when something fails', function () {
  this.timeout(60_000)
  const context = useUploadTestApp()
  const { files } = context

  const withParts = (parts: Partial<ConstructorParameters<typeof DocumentUploads>[0]>) =>
    new DocumentUploads({ ...context.testApp.deps, ...parts })

  it('refuses every file, never accepting one unscanned, when clamd has stopped', async () => {
    const daemon = await startClamd()
    const scanner = new ClamdScanner({ host: daemon.host, port: daemon.port }, 2000)
    const uploads = withParts({ virusScanner: scanner })
    const client = await insertClientRecord(context.testApp.database.db)
    expect(reasonsOf(await uploads.accept(client, [files.upload('before.png', png())]))).to.deep.equal(['accepted'])
    await daemon.stop()
    const before = storedFileNames(context.testApp.deps).length
    const outcome = await uploads.accept(client, [files.upload('a.png', png()), files.upload('b.png', png())])
    expect(reasonsOf(outcome)).to.deep.equal(['uploadFailed', 'uploadFailed'])
    expect(storedFileNames(context.testApp.deps)).to.have.length(before)
    expect(await context.testApp.deps.documents.listForOwner(client)).to.have.length(1)
    const errors = await context.testApp.deps.uploadErrors.listForClient(client)
    expect(errors.map(error => [error.cause, error.description])).to.deep.equal([
      ['failed_to_upload', 'The file has failed to upload'],
      ['failed_to_upload', 'The file has failed to upload'],
    ])
  })

  it('refuses a file it could not store and still takes the others', async () => {
    const storage = new LocalDirectoryStorage(context.testApp.deps.config.uploads.storageDirectory)
    let calls = 0
    const flaky = Object.assign(Object.create(storage) as LocalDirectoryStorage, {
      store: (source: string, extension: string) => {
        calls += 1
        return calls === 1 ? Promise.reject(new Error('disk full')) : storage.store(source, extension)
      },
    })
    const client = await insertClientRecord(context.testApp.database.db)
    const outcome = await withParts({ documentStorage: flaky }).accept(client, [
      files.upload('first.png', png()),
      files.upload('second.png', png()),
    ])
    expect(reasonsOf(outcome)).to.deep.equal(['uploadFailed', 'accepted'])
    expect((await context.testApp.deps.uploadErrors.listForClient(client))[0]?.cause).to.equal('failed_to_upload')
  })

  it('records nothing and keeps no file when the record cannot be written', async () => {
    class BrokenUploadErrors extends UploadErrors {
      override record(_errors: NewUploadError[], _transaction?: Database): Promise<number[]> {
        return Promise.reject(new Error('the database went away'))
      }
    }
    const uploads = withParts({ uploadErrors: new BrokenUploadErrors(context.testApp.database.db) })
    const client = await insertClientRecord(context.testApp.database.db)
    const before = storedFileNames(context.testApp.deps).length
    let error: unknown
    await uploads
      .accept(client, [files.upload('good.png', png()), files.upload('bad.docx', docx())])
      .catch((caught: unknown) => (error = caught))
    expect(error).to.be.instanceOf(Error)
    expect(await context.testApp.deps.documents.listForOwner(client)).to.deep.equal([])
    expect(await context.testApp.deps.documents.countAcceptedOn(client, '2026-11-23')).to.equal(0)
    const audited = await context.testApp.deps.auditLog.byAction('document.uploaded')
    expect(audited.filter(entry => entry.actorId === String(client))).to.deep.equal([])
    expect(storedFileNames(context.testApp.deps)).to.have.length(before)
  })
})
