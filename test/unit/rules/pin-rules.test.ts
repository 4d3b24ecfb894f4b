import { expect } from 'chai'
import { newPinProblem } from '../../../services/rules/pin-rules.ts'

describe('PIN rules', () => {
  it('accepts 7 digits that are not a repeat or a run', () => {
    for (const pin of ['2468135', '0000001', '1234568', '9753108']) expect(newPinProblem(pin), pin).to.equal(undefined)
  })

  it('needs exactly 7 digits', () => {
    for (const pin of ['123456', '12345678', '12345a7', ' 246813']) expect(newPinProblem(pin), pin).to.equal('format')
  })

  it('refuses the same digit 7 times', () => {
    expect(newPinProblem('0000000')).to.equal('sameDigit')
  })

  it('refuses runs up and down', () => {
    for (const pin of ['1234567', '0123456', '3456789', '7654321', '9876543'])
      expect(newPinProblem(pin), pin).to.equal('run')
  })

  it('refuses the current PIN when changing it', () => {
    expect(newPinProblem('2468135', '2468135')).to.equal('unchanged')
    expect(newPinProblem('2468136', '2468135')).to.equal(undefined)
  })

  it('says when nothing was entered', () => {
    expect(newPinProblem('')).to.equal('missing')
  })
})
