import { expect } from 'chai'
import { newPasswordErrors, temporaryPassword } from '../../../services/staff-passwords.ts'

describe('staff passwords', () => {
  it('makes temporary passwords in three groups of four, different every time', () => {
    const passwords = new Set(Array.from({ length: 50 }, temporaryPassword))
    expect(passwords.size).to.equal(50)
    for (const password of passwords) expect(password).to.match(/^[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}-[a-zA-Z0-9]{4}$/)
    // No characters that are easily mistaken for each other.
    expect([...passwords].join('')).not.to.match(/[0O1lI5S]/)
  })

  it('asks for a new password of at least 10 characters, typed twice the same', () => {
    expect(newPasswordErrors('', '').map(error => error.key)).to.deep.equal(['Enter a new password'])
    expect(newPasswordErrors('123456789', '123456789').map(error => error.key)).to.deep.equal([
      'Password must be 10 characters or more',
    ])
    expect(newPasswordErrors('1234567890', '1234567891').map(error => [error.field, error.key])).to.deep.equal([
      ['confirmPassword', 'The passwords do not match'],
    ])
    expect(newPasswordErrors('1234567890', '1234567890')).to.deep.equal([])
  })
})
