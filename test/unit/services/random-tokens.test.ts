import { expect } from 'chai'
import { randomBytesFromPool } from '../../../services/random-tokens.ts'

describe('random bytes from a pool', () => {
  it('hands out bytes of the size asked, never the same bytes twice, across refills of the pool', () => {
    const seen = new Set<string>()
    for (let index = 0; index < 1000; index++) {
      const bytes = randomBytesFromPool(24)
      expect(bytes).to.have.length(24)
      seen.add(bytes.toString('hex'))
    }
    expect(seen.size).to.equal(1000)
  })

  it('keeps bytes already handed out when the pool is refilled', () => {
    const first = randomBytesFromPool(16)
    const copy = Buffer.from(first)
    for (let index = 0; index < 300; index++) randomBytesFromPool(16)
    expect(first.equals(copy)).to.equal(true)
  })

  it('refuses more bytes than the pool holds', () => {
    expect(() => randomBytesFromPool(4097)).to.throw(RangeError)
  })
})
