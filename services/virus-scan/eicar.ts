/*
 * The EICAR anti-virus test file: harmless, and recognised by every scanner as if it were a virus.
 * It is put together from two halves when needed, so the whole string never sits in the repository
 * (where a scanner would rightly flag the source file itself).
 */
const firstHalf = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$'
const secondHalf = 'EICAR-STANDARD-ANTIVIRUS-' + 'TEST-FILE!$H+H*'

export function eicarTestString(): string {
  return firstHalf + secondHalf
}

export function eicarTestBytes(): Buffer {
  return Buffer.from(eicarTestString(), 'ascii')
}
