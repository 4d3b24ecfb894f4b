import { expect } from 'chai'
import { personalDataIn } from '../../../services/rules/personal-data.ts'

describe('personal data in editable fields', () => {
  for (const [value, kind] of [
    ['AB123456C', 'nationalInsuranceNumber'],
    ['qq 12 34 56 c', 'nationalInsuranceNumber'],
    ['born 27/03/1985', 'date'],
    ['27-3-85', 'date'],
    ['27 March 1985', 'date'],
    ['1st Jan 90', 'date'],
    ['sort code 30-94-30', 'sortCode'],
    ['30 94 30', 'sortCode'],
    ['account 12345678', 'longNumber'],
    ['card 4444 3333 2222 1111', 'longNumber'],
    ['reference 1210 0395 7455', 'longNumber'],
    ['121003957455', 'longNumber'],
    ['write to jo@example.com', 'email'],
    ['call 07700 900123', 'phoneNumber'],
    ['lives at LS6 2AB', 'postcode'],
  ] as const) {
    it(`finds ${kind} in "${value}"`, () => {
      expect(personalDataIn(value)).to.include(kind)
    })
  }

  for (const value of [
    'bank transfer',
    'your bank',
    'two weeks',
    '£225.33',
    '225.33',
    'the 28th of each month',
    'Collect and Pay',
    '5 working days',
  ]) {
    it(`finds nothing in "${value}"`, () => {
      expect(personalDataIn(value)).to.deep.equal([])
    })
  }
})
