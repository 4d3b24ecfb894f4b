import { expect } from 'chai'
import {
  chooseForgottenPinQuestions,
  choosePinPositions,
  parsePinPositions,
  parseQuestions,
} from '../../../services/sign-in/challenges.ts'

describe('sign-in challenges', () => {
  it('chooses two different PIN positions from 1 to 7, in order, covering every position', () => {
    const seen = new Set<number>()
    for (let draw = 0; draw < 500; draw++) {
      const [first, second] = parsePinPositions(choosePinPositions())
      expect(first).to.be.lessThan(second)
      expect(first).to.be.at.least(1)
      expect(second).to.be.at.most(7)
      seen.add(first).add(second)
    }
    expect([...seen].sort()).to.deep.equal([1, 2, 3, 4, 5, 6, 7])
  })

  it('asks a Customer Reference Number character, then a NINO or date of birth character', () => {
    const facts = new Set<string>()
    for (let draw = 0; draw < 200; draw++) {
      const [first, second] = parseQuestions(chooseForgottenPinQuestions(true))
      expect(first!.fact).to.equal('crn')
      expect(first!.position).to.be.within(1, 12)
      facts.add(second!.fact)
      expect(second!.position).to.be.within(1, second!.fact === 'nino' ? 9 : 8)
    }
    expect([...facts].sort()).to.deep.equal(['dob', 'nino'])
  })

  it('asks about the date of birth when there is no National Insurance number', () => {
    for (let draw = 0; draw < 50; draw++)
      expect(parseQuestions(chooseForgottenPinQuestions(false))[1]!.fact).to.equal('dob')
  })

  it('refuses a stored challenge it does not recognise', () => {
    expect(() => parsePinPositions('x')).to.throw()
    expect(() => parseQuestions('pin:1')).to.throw()
  })
})
