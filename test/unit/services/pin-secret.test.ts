import { expect } from 'chai'
import { PinSecret } from '../../../services/pin-secret.ts'

describe('PIN secret', () => {
  const secret = new PinSecret(Buffer.alloc(32, 1))
  const crn = '121003957455'

  it('encrypts a PIN so the stored value does not contain it', () => {
    const stored = secret.encrypt('2468135', crn)
    expect(stored).to.match(/^v1:/)
    expect(stored).not.to.contain('2468135')
    expect(secret.decrypt(stored, crn)).to.equal('2468135')
  })

  it('uses a fresh nonce each time', () => {
    expect(secret.encrypt('2468135', crn)).not.to.equal(secret.encrypt('2468135', crn))
  })

  it('checks digits at 1-based positions', () => {
    const stored = secret.encrypt('2468135', crn)
    expect(
      secret.digitsMatch(stored, crn, [
        { position: 2, digit: '4' },
        { position: 5, digit: '1' },
      ]),
    ).to.equal(true)
    expect(
      secret.digitsMatch(stored, crn, [
        { position: 2, digit: '4' },
        { position: 5, digit: '2' },
      ]),
    ).to.equal(false)
  })

  it('does not decrypt a value copied onto another client record', () => {
    const stored = secret.encrypt('2468135', crn)
    expect(() => secret.decrypt(stored, '121003957463')).to.throw()
  })

  it('does not decrypt with another key', () => {
    const stored = secret.encrypt('2468135', crn)
    expect(() => new PinSecret(Buffer.alloc(32, 2)).decrypt(stored, crn)).to.throw()
  })

  it('only encrypts 7-digit PINs', () => {
    expect(() => secret.encrypt('123456', crn)).to.throw('7 digits')
    expect(() => secret.encrypt('12345678', crn)).to.throw('7 digits')
  })
})
