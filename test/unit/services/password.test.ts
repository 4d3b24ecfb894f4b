import { expect } from 'chai'
import { hashPassword, verifyAgainstDecoy, verifyPassword } from '../../../services/password.ts'

describe('password hashing', () => {
  it('verifies the password it hashed', async () => {
    const hash = await hashPassword('Demo1234')
    expect(await verifyPassword('Demo1234', hash)).to.equal(true)
  })

  it('refuses any other password', async () => {
    const hash = await hashPassword('Demo1234')
    expect(await verifyPassword('demo1234', hash)).to.equal(false)
    expect(await verifyPassword('', hash)).to.equal(false)
  })

  it('never stores the password and salts each hash', async () => {
    const first = await hashPassword('Demo1234')
    const second = await hashPassword('Demo1234')
    expect(first).not.to.contain('Demo1234')
    expect(first).to.match(/^scrypt\$32768\$8\$1\$/)
    expect(first).not.to.equal(second)
  })

  it('refuses a stored value it does not recognise', async () => {
    expect(await verifyPassword('Demo1234', 'plain:Demo1234')).to.equal(false)
  })

  it('always refuses the decoy used when no account matches', async () => {
    expect(await verifyAgainstDecoy('anything')).to.equal(false)
  })
})
