import { expect } from 'chai'
import { passwordProblem } from '../../../services/rules/password-rules.ts'

describe('password rules', () => {
  it('accepts 8 to 12 characters with a letter and a number', () => {
    for (const password of ['Walnut12', 'a1b2c3d4e5f6', 'river 2 sea'])
      expect(passwordProblem(password), password).to.equal(undefined)
  })

  it('refuses passwords outside 8 to 12 characters', () => {
    expect(passwordProblem('Walnut1')).to.equal('length')
    expect(passwordProblem('Walnut1234567')).to.equal('length')
  })

  it('needs at least one letter and one number', () => {
    expect(passwordProblem('walnutwalnut')).to.equal('letterAndNumber')
    expect(passwordProblem('1234567890')).to.equal('letterAndNumber')
  })

  it('refuses the word password in any case', () => {
    expect(passwordProblem('PassWord12')).to.equal('containsPassword')
    expect(passwordProblem('1password')).to.equal('containsPassword')
  })

  it('refuses very common passwords in any case', () => {
    expect(passwordProblem('QWERTY123')).to.equal('tooCommon')
    expect(passwordProblem('abcd1234')).to.equal('tooCommon')
  })

  it('says when nothing was entered', () => {
    expect(passwordProblem('')).to.equal('missing')
  })
})
