import { expect } from 'chai'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { text } from 'node:stream/consumers'
import { LocalDirectoryStorage } from '../../../services/document-storage/local-directory-storage.ts'
import { pdf, png } from '../../fixtures/files.ts'
import { TemporaryFiles } from '../../support/temporary-files.ts'

describe('document storage in a local folder', () => {
  const files = new TemporaryFiles()
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cmss-test-storage-'))
  const storage = new LocalDirectoryStorage(directory)
  after(() => {
    files.remove()
    fs.rmSync(directory, { recursive: true, force: true })
  })

  it('stores a copy under a generated name, with its size and SHA-256', async () => {
    const content = pdf({ pages: 2 })
    const source = files.write(content)
    const stored = await storage.store(source, 'pdf')
    expect(stored.storedName).to.match(/^[0-9a-f-]{36}\.pdf$/)
    expect(stored.sizeBytes).to.equal(content.length)
    expect(stored.sha256).to.equal(createHash('sha256').update(content).digest('hex'))
    expect(fs.readFileSync(path.join(directory, stored.storedName)).equals(content)).to.equal(true)
    // The temporary upload is left for the middleware to remove; storage only copied it.
    expect(fs.existsSync(source)).to.equal(true)
  })

  it('never uses the client’s file name and gives each document its own name', async () => {
    const source = files.write(png())
    const first = await storage.store(source, 'png')
    const second = await storage.store(source, 'png')
    expect(first.storedName).not.to.equal(second.storedName)
    expect(fs.readdirSync(directory).filter(name => name.includes('file-'))).to.deep.equal([])
  })

  it('keeps documents private to the service', async () => {
    const stored = await storage.store(files.write(png()), 'png')
    expect(fs.statSync(path.join(directory, stored.storedName)).mode & 0o077).to.equal(0)
  })

  it('opens and removes a stored document', async () => {
    const stored = await storage.store(files.write(Buffer.from('%PDF-1.4 text')), 'pdf')
    expect(await text(await storage.open(stored.storedName))).to.equal('%PDF-1.4 text')
    await storage.remove(stored.storedName)
    expect(fs.existsSync(path.join(directory, stored.storedName))).to.equal(false)
    let error: unknown
    await storage.open(stored.storedName).catch((caught: unknown) => (error = caught))
    expect(error).to.be.instanceOf(Error)
  })

  it('refuses a name it did not make, so no path can reach outside its folder', async () => {
    for (const name of ['../../etc/passwd', 'payslip.pdf', `${'a'.repeat(36)}.pdf`]) {
      let error: unknown
      await storage.open(name).catch((caught: unknown) => (error = caught))
      expect(error, name).to.be.instanceOf(Error)
    }
    let removeError: unknown
    await storage.remove('../secret.pdf').catch((caught: unknown) => (removeError = caught))
    expect(removeError).to.be.instanceOf(Error)
  })

  it('leaves no part-file behind when a copy fails', async () => {
    let error: unknown
    await storage.store(path.join(files.directory, 'missing'), 'pdf').catch((caught: unknown) => (error = caught))
    expect(error).to.be.instanceOf(Error)
    expect(fs.readdirSync(path.join(directory, '.incoming'))).to.deep.equal([])
  })
})
