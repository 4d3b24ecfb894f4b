import { gzipSync } from 'node:zlib'
import type { Response } from 'supertest'

/** Reads a response body as bytes whatever its type (superagent would otherwise parse text only). */
export function readBytes(res: Response, callback: (error: Error | null, body: unknown) => void): void {
  const stream = res as unknown as NodeJS.ReadableStream
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  stream.on('end', () => callback(null, Buffer.concat(chunks)))
}

/**
 * The bytes a response takes on the wire when it was gzipped: superagent unzips what it receives, so
 * the body is zipped again at zlib's default level, the level the compression middleware uses.
 */
export function compressedBytes(response: Response): number {
  if (response.headers['content-encoding'] !== 'gzip') throw new Error('The response was not compressed')
  const body = Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.text)
  return gzipSync(body).length
}
