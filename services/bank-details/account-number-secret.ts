import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/*
 * Account numbers are kept encrypted with AES-256-GCM under BANK_DETAILS_ENCRYPTION_KEY, with the
 * client's Customer Reference Number, the purpose and the sort code bound in as additional data, so a
 * ciphertext copied to another row or paired with another sort code does not decrypt. Only the payment
 * run needs the whole number; every page shows the last four digits.
 */

/** What a stored account number belongs to. */
export interface AccountNumberBinding {
  customerReferenceNumber: string
  purpose: 'direct_debit' | 'direct_payment'
  sortCode: string
}

function additionalData(binding: AccountNumberBinding): Buffer {
  return Buffer.from(`${binding.customerReferenceNumber}:${binding.purpose}:${binding.sortCode}`)
}

const VERSION = 'v1'

export class AccountNumberSecret {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('The bank details encryption key must be 32 bytes')
  }

  encrypt(accountNumber: string, binding: AccountNumberBinding): string {
    if (!/^\d{8}$/.test(accountNumber)) throw new Error('An account number is kept as 8 digits')
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.key, iv)
    cipher.setAAD(additionalData(binding))
    const ciphertext = Buffer.concat([cipher.update(accountNumber, 'utf8'), cipher.final()])
    return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), ciphertext.toString('base64')].join(
      ':',
    )
  }

  decrypt(stored: string, binding: AccountNumberBinding): string {
    const [version, iv, tag, ciphertext] = stored.split(':')
    if (version !== VERSION || !iv || !tag || !ciphertext) throw new Error('Unrecognised account number secret')
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'))
    decipher.setAAD(additionalData(binding))
    decipher.setAuthTag(Buffer.from(tag, 'base64'))
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64')), decipher.final()]).toString('utf8')
  }
}
