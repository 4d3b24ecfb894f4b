import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/*
 * Passwords are stored only as scrypt hashes with a per-password random salt, in the form
 * scrypt$<N>$<r>$<p>$<salt base64>$<hash base64>, so the cost can be raised later without
 * breaking stored hashes.
 */

const KEY_LENGTH = 32
const DEFAULT_COST = { N: 2 ** 15, r: 8, p: 1 }

function derive(password: string, salt: Buffer, cost: typeof DEFAULT_COST): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 128 * cost.N * cost.r * 2 }
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, DEFAULT_COST)
  const { N, r, p } = DEFAULT_COST
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$')
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !N || !r || !p || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64')
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: Number(N), r: Number(r), p: Number(p) })
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/** A hash of a random password, checked when an account is not found so timing does not reveal it. */
let decoyHash: Promise<string> | undefined
export function verifyAgainstDecoy(password: string): Promise<boolean> {
  decoyHash ??= hashPassword(randomBytes(12).toString('base64'))
  return decoyHash.then(hash => verifyPassword(password, hash)).then(() => false)
}
