import { randomUUID } from 'node:crypto'
import { once } from 'node:events'
import fs from 'node:fs'
import path from 'node:path'
import type { Readable } from 'node:stream'
import type { Request, RequestHandler } from 'express'
import multer, { MulterError, type StorageEngine } from 'multer'
import { removeNulCharactersFromBody } from './without-nul-characters.ts'
import type { UploadsConfig } from '../config.ts'
import type { TemporaryUpload } from '../services/uploads/temporary-upload.ts'
import { uploadLimits } from '../services/uploads/upload-limits.ts'

/*
 * Multipart uploads, streamed to a private temporary folder and never held in memory. Two tiers of
 * limits:
 * - the upload rules (5 MB a file, 5 files): a file past 5 MB stops being written and the rest of
 *   it is read and thrown away; files past the fifth are read and thrown away. They reach the
 *   service marked, so the client gets a GOV.UK error for each and keeps what they typed;
 * - hard limits on the request (25 MB a file, 10 files, a few small fields), past which the request
 *   is refused outright with the "what you sent was too large" page.
 * Every temporary file is removed when the response ends, whatever happened.
 *
 * Use: router.post(path, uploadFiles('documents'), csrf.protectUpload, controller.post(...)),
 * mounted before csrf.protectForms so the token in the multipart body is read first.
 */

export const hardUploadLimits = {
  fileSize: 25 * 1024 * 1024,
  files: 10,
  fields: 50,
  fieldSize: 64 * 1024,
  parts: 60,
} as const

interface ReceivedFile {
  path: string | undefined
  size: number
  exceededSizeLimit: boolean
}

async function drain(stream: Readable): Promise<number> {
  let size = 0
  for await (const chunk of stream as AsyncIterable<Buffer>) size += chunk.length
  return size
}

/** Writes the stream to `target` until it passes `maxBytes`; then deletes what was written and reads on. */
async function receive(stream: Readable, target: string, maxBytes: number): Promise<ReceivedFile> {
  const output = fs.createWriteStream(target, { flags: 'wx', mode: 0o600 })
  const closed = new Promise<void>(resolve => output.once('close', () => resolve()))
  let size = 0
  let keeping = true
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length
      if (keeping && size > maxBytes) {
        keeping = false
        output.destroy()
        await closed
        await fs.promises.rm(target, { force: true })
      }
      // once() rejects on 'error' and removes its listeners either way.
      if (keeping && !output.write(chunk)) await once(output, 'drain')
    }
    if (keeping) {
      output.end()
      await closed
      if (output.errored) throw output.errored
    }
  } catch (error) {
    output.destroy()
    await closed
    await fs.promises.rm(target, { force: true })
    throw error
  }
  return keeping ? { path: target, size, exceededSizeLimit: false } : { path: undefined, size, exceededSizeLimit: true }
}

class TemporaryFileStorage implements StorageEngine {
  private readonly filesSeen = new WeakMap<Request, number>()

  constructor(private readonly directory: string) {}

  _handleFile(
    req: Request,
    file: Express.Multer.File,
    callback: (error?: unknown, info?: Partial<ReceivedFile>) => void,
  ) {
    const seen = (this.filesSeen.get(req) ?? 0) + 1
    this.filesSeen.set(req, seen)
    const work =
      seen > uploadLimits.maxFilesPerUpload
        ? drain(file.stream).then(size => ({ path: undefined, size, exceededSizeLimit: false }))
        : receive(file.stream, path.join(this.directory, randomUUID()), uploadLimits.maxFileBytes)
    work.then(info => callback(null, info), callback)
  }

  _removeFile(_req: Request, file: Express.Multer.File, callback: (error: Error | null) => void) {
    if (!file.path) return callback(null)
    fs.promises.rm(file.path, { force: true }).then(() => callback(null), callback)
  }
}

function uploadedFilesOf(req: Request): Array<Partial<Express.Multer.File> & Partial<ReceivedFile>> {
  return Array.isArray(req.files) ? req.files : []
}

/** The files of the request, for the upload service. */
export function temporaryUploadsOf(req: Request): TemporaryUpload[] {
  return uploadedFilesOf(req).map(file => ({
    originalName: file.originalname ?? '',
    path: file.path,
    sizeBytes: file.size ?? 0,
    exceededSizeLimit: file.exceededSizeLimit === true,
  }))
}

/** Busboy and multer limit errors become the "too large" error page (413), not a server error. */
function asRefusedRequest(error: unknown): unknown {
  if (!(error instanceof MulterError)) return error
  return Object.assign(new Error(`Upload refused: ${error.code}`), { status: 413, type: 'entity.too.large' })
}

/** Makes the middleware that reads the files of one multipart field (and the form's other fields). */
export function createUploadParser(
  config: Pick<UploadsConfig, 'temporaryDirectory'>,
): (field: string) => RequestHandler {
  fs.mkdirSync(config.temporaryDirectory, { recursive: true, mode: 0o700 })
  const parser = multer({
    storage: new TemporaryFileStorage(config.temporaryDirectory),
    limits: { ...hardUploadLimits },
    defParamCharset: 'utf8',
  })
  return field => {
    const parse = parser.array(field, hardUploadLimits.files)
    return (req, res, next) => {
      res.once('close', () => {
        for (const file of uploadedFilesOf(req)) if (file.path) fs.rm(file.path, { force: true }, () => undefined)
      })
      parse(req, res, error => {
        if (error) next(asRefusedRequest(error))
        else removeNulCharactersFromBody(req, res, next)
      })
    }
  }
}
