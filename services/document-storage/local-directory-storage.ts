import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { DocumentStorage, StoredDocument } from './document-storage.ts'

const STORED_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[a-z]{3,4}$/
const INCOMING = '.incoming'

/** Only names this storage made are ever turned into paths, so no name can reach outside the folder. */
function assertStoredName(storedName: string): void {
  if (!STORED_NAME.test(storedName)) throw new Error('Not a stored document name')
}

/**
 * Documents kept in a local folder (DOCUMENT_STORAGE_DIR, by default data/documents, outside the
 * web root). A document is written to `.incoming/` in the same folder, flushed to disk, then renamed
 * into place, so a reader never sees half a file and a crash leaves only a part-file behind.
 */
export class LocalDirectoryStorage implements DocumentStorage {
  readonly description: string

  constructor(private readonly directory: string) {
    this.description = `local folder ${directory}`
    fs.mkdirSync(path.join(directory, INCOMING), { recursive: true, mode: 0o700 })
  }

  async store(sourcePath: string, extension: string): Promise<StoredDocument> {
    if (!/^[a-z]{3,4}$/.test(extension)) throw new Error('Not a document extension')
    const storedName = `${randomUUID()}.${extension}`
    const partPath = path.join(this.directory, INCOMING, `${storedName}.part`)
    const hash = createHash('sha256')
    let sizeBytes = 0
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk)
        sizeBytes += chunk.length
        callback(null, chunk)
      },
    })
    // Opened before the copy starts, so the part-file exists (and is ours to remove) whatever fails.
    const partFile = await fs.promises.open(partPath, 'wx', 0o600)
    try {
      await pipeline(fs.createReadStream(sourcePath), measure, partFile.createWriteStream({ flush: true }))
      await fs.promises.rename(partPath, path.join(this.directory, storedName))
    } catch (error) {
      await partFile.close().catch(() => undefined)
      await fs.promises.rm(partPath, { force: true })
      throw error
    }
    return { storedName, sizeBytes, sha256: hash.digest('hex') }
  }

  async open(storedName: string): Promise<Readable> {
    assertStoredName(storedName)
    const handle = await fs.promises.open(path.join(this.directory, storedName), 'r')
    return handle.createReadStream()
  }

  async remove(storedName: string): Promise<void> {
    assertStoredName(storedName)
    await fs.promises.rm(path.join(this.directory, storedName), { force: true })
  }
}
