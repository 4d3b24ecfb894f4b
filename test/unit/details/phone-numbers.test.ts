import { expect } from 'chai'
import { checkPhoneNumber } from '../../../services/rules/phone-numbers.ts'

describe('telephone numbers', () => {
  it('accepts UK numbers in the usual layouts, keeping what was typed with spaces tidied', () => {
    for (const [typed, stored, e164] of [
      ['0113 823 0570', '0113 823 0570', '+441138230570'],
      ['(0113) 8230570', '(0113) 8230570', '+441138230570'],
      ['  028  9032 1234 ', '028 9032 1234', '+442890321234'],
      ['+44 808 157 0192', '+44 808 157 0192', '+448081570192'],
      ['01632 960 001', '01632 960 001', '+441632960001'],
      ['07700-900-982', '07700-900-982', '+447700900982'],
    ]) {
      expect(checkPhoneNumber(typed!), typed).to.deep.equal({
        number: { stored, e164, mobile: typed!.startsWith('07') },
      })
    }
  })

  it('accepts international numbers that start with + and the country code', () => {
    expect(checkPhoneNumber('+33 1 23 45 67 89')).to.have.nested.property('number.e164', '+33123456789')
    expect(checkPhoneNumber('+353 87 123 4567')).to.have.nested.property('number.mobile', true)
  })

  it('refuses anything that is not a telephone number', () => {
    for (const typed of ['12345', 'call me', '0113 823 057O', '07700 9009', '+', '0000000000', '<script>'])
      expect(checkPhoneNumber(typed), typed).to.deep.equal({ problem: 'format' })
  })

  it('asks for a mobile number where one is needed', () => {
    expect(checkPhoneNumber('0113 823 0570', { mustBeMobile: true })).to.deep.equal({ problem: 'notMobile' })
    expect(checkPhoneNumber('07700 900982', { mustBeMobile: true })).to.have.nested.property('number.mobile', true)
  })
})
