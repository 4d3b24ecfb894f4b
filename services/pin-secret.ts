import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/*
 * A client PIN is checked one digit at a time (two random positions), so it cannot be stored as a
 * one-way hash of the whole PIN. It is kept encrypted with AES-256-GCM under a key from configuration,
 * bound to the client's Customer Reference Number as additional data so a ciphertext copied onto
 * another record does not decrypt. The plain PIN exists only in memory while a check runs.
 */

const VERSION = 'v1'

export class PinSecret {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('The PIN encryption key must be 32 bytes')
  }

  encrypt(pin: string, customerReferenceNumber: string): string {
    if (!/^\d{7}$/.test(pin)) throw new Error('A PIN is 7 digits')
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.key, iv)
    cipher.setAAD(Buffer.from(customerReferenceNumber))
    const ciphertext = Buffer.concat([cipher.update(pin, 'utf8'), cipher.final()])
    return [VERSION, iv, cipher.getAuthTag(), ciphertext]
      .map(part => (typeof part === 'string' ? part : part.toString('base64')))
      .join(':')
  }

  decrypt(stored: string, customerReferenceNumber: string): string {
    const [version, iv, tag, ciphertext] = stored.split(':')
    if (version !== VERSION || !iv || !tag || !ciphertext) throw new Error('Unrecognised PIN secret')
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'))
    decipher.setAAD(Buffer.from(customerReferenceNumber))
    decipher.setAuthTag(Buffer.from(tag, 'base64'))
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8')
  }

  /** Whether the digits given match the PIN at the given 1-based positions. */
  digitsMatch(
    stored: string,
    customerReferenceNumber: string,
    answers: ReadonlyArray<{ position: number; digit: string }>,
  ): boolean {
    const pin = this.decrypt(stored, customerReferenceNumber)
    return answers.every(({ position, digit }) => pin.charAt(position - 1) === digit)
  }
}
