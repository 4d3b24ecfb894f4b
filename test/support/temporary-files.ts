import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TemporaryUpload } from '../../services/uploads/temporary-upload.ts'

/** A folder of files for one test file, removed afterwards. */
export class TemporaryFiles {
  readonly directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cmss-test-files-'))
  private count = 0

  write(content: Buffer): string {
    this.count += 1
    const filePath = path.join(this.directory, `file-${this.count}`)
    fs.writeFileSync(filePath, content)
    return filePath
  }

  /** A file as the upload middleware hands it over. */
  upload(originalName: string, content: Buffer): TemporaryUpload {
    return { originalName, path: this.write(content), sizeBytes: content.length, exceededSizeLimit: false }
  }

  remove(): void {
    fs.rmSync(this.directory, { recursive: true, force: true })
  }
}
