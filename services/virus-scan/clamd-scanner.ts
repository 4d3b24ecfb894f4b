import fs from 'node:fs'
import net from 'node:net'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ClamdAddress } from '../../config.ts'
import type { ScanResult, VirusScanner } from './virus-scanner.ts'

const CHUNK_BYTES = 64 * 1024
/** clamd's answer when a file is larger than its limits and `AlertExceedsMax` is on: not scanned, so not clean. */
const LIMIT_EXCEEDED = 'Heuristics.Limits.Exceeded'

/**
 * Reads clamd's reply to INSTREAM. Only "stream: OK" is clean; a FOUND is a virus unless it is the
 * limits heuristic (the file was not fully scanned); anything else is a failure, never a pass.
 */
export function interpretReply(raw: string): ScanResult {
  const reply = raw.replaceAll('\0', '').trim()
  if (reply === 'stream: OK') return { outcome: 'clean' }
  const found = /^stream: (.+) FOUND$/.exec(reply)
  if (found) {
    const signature = found[1]!
    if (signature.startsWith(LIMIT_EXCEEDED)) return { outcome: 'failed', reason: `not fully scanned: ${signature}` }
    return { outcome: 'infected', signature }
  }
  return { outcome: 'failed', reason: `clamd replied "${reply.slice(0, 200)}"` }
}

/** Frames a byte stream as INSTREAM chunks (4-byte big-endian length, then the bytes), ending with a zero length. */
function instreamFramer(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const length = Buffer.alloc(4)
      length.writeUInt32BE(chunk.length)
      callback(null, Buffer.concat([length, chunk]))
    },
    flush(callback) {
      callback(null, Buffer.alloc(4))
    },
  })
}

/**
 * The ClamAV daemon, spoken to over TCP or a local socket with the z-prefixed (NUL-terminated)
 * commands. Every failure to get a verdict (refused connection, time-out, an ERROR reply, the
 * connection closing early) is a `failed` result, so a file is never accepted unscanned.
 */
export class ClamdScanner implements VirusScanner {
  readonly description: string

  constructor(
    private readonly address: ClamdAddress,
    private readonly timeoutMs = 30_000,
  ) {
    this.description = 'socket' in address ? `clamd on ${address.socket}` : `clamd on ${address.host}:${address.port}`
  }

  async scan(filePath: string): Promise<ScanResult> {
    try {
      const reply = await this.converse(async socket => {
        socket.write('zINSTREAM\0')
        await pipeline(fs.createReadStream(filePath, { highWaterMark: CHUNK_BYTES }), instreamFramer(), socket, {
          end: false,
        })
      })
      return interpretReply(reply)
    } catch (error) {
      return { outcome: 'failed', reason: error instanceof Error ? error.message : String(error) }
    }
  }

  /** True when clamd answers PING with PONG. */
  async ping(): Promise<boolean> {
    try {
      const reply = await this.converse(socket => {
        socket.write('zPING\0')
        return Promise.resolve()
      })
      return reply.replaceAll('\0', '').trim() === 'PONG'
    } catch {
      return false
    }
  }

  /** Connects, sends, and resolves with clamd's reply (up to its NUL), within the time-out. */
  private converse(send: (socket: net.Socket) => Promise<void>): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket =
        'socket' in this.address
          ? net.createConnection({ path: this.address.socket })
          : net.createConnection({ host: this.address.host, port: this.address.port })
      const received: Buffer[] = []
      let settled = false
      const finish = (error?: Error) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        socket.destroy()
        const reply = Buffer.concat(received).toString('utf8')
        // A complete reply wins over a write error: clamd may answer (e.g. a size-limit ERROR) and close early.
        if (reply.includes('\0') || (!error && reply.trim() !== '')) resolve(reply)
        else reject(error ?? new Error('clamd closed the connection without a reply'))
      }
      const timer = setTimeout(
        () => finish(new Error(`clamd gave no reply within ${this.timeoutMs} ms`)),
        this.timeoutMs,
      )
      socket.on('data', (chunk: Buffer) => {
        received.push(chunk)
        if (chunk.includes(0)) finish()
      })
      socket.on('error', error => finish(error))
      socket.on('close', () => finish())
      socket.once('connect', () => {
        send(socket).catch((error: unknown) => {
          // Give a reply already on its way the chance to arrive before judging the write error.
          setImmediate(() => finish(error instanceof Error ? error : new Error(String(error))))
        })
      })
    })
  }
}
