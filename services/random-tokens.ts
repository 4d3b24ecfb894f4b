import { randomFillSync } from 'node:crypto'

/** Enough for 256 nonces: one call to the system's random source instead of one per request. */
const POOL_BYTES = 4096

let pool = Buffer.alloc(0)
let offset = 0

/**
 * Cryptographically random bytes, served from a pool that is refilled from the system's random
 * source when used up (as Node's own randomUUID does). Each byte is handed out once only.
 */
export function randomBytesFromPool(size: number): Buffer {
  if (size > POOL_BYTES) throw new RangeError(`at most ${POOL_BYTES} random bytes at a time`)
  if (offset + size > pool.length) {
    pool = randomFillSync(Buffer.allocUnsafe(POOL_BYTES))
    offset = 0
  }
  const bytes = pool.subarray(offset, offset + size)
  offset += size
  return bytes
}
