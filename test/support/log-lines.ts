import { Writable } from 'node:stream'

/** A stream for a logger to write to that keeps each line it is given in `lines`, for a test to read. */
export function collectLines(lines: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString())
      done()
    },
  })
}
