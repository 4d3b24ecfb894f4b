import { expect } from 'chai'
import { parseQueryWithoutNulCharacters, withoutNulCharacters } from '../../../middleware/without-nul-characters.ts'

describe('NUL characters in what people send', () => {
  it('takes them out of strings, arrays and nested fields, and leaves everything else', () => {
    expect(withoutNulCharacters({ a: 'x\u0000y', b: ['\u0000', 'z'], c: { d: 'e\u0000' }, n: 3 })).to.deep.equal({
      a: 'xy',
      b: ['', 'z'],
      c: { d: 'e' },
      n: 3,
    })
  })

  it('parses a query string as Express does, without them', () => {
    expect(parseQueryWithoutNulCharacters('lang=cy&q=a%00b&q=c')).to.deep.equal({ lang: 'cy', q: ['ab', 'c'] })
  })
})
