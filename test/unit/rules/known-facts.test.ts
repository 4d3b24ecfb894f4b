import { expect } from 'chai'
import {
  dateOfBirthDigits,
  isCustomerReferenceNumber,
  isNationalInsuranceNumber,
  normaliseCustomerReferenceNumber,
  normaliseNationalInsuranceNumber,
} from '../../../services/rules/known-facts.ts'

describe('known facts', () => {
  it('reads a Customer Reference Number with spaces or dashes', () => {
    expect(normaliseCustomerReferenceNumber(' 1210 0395-7455 ')).to.equal('121003957455')
    expect(isCustomerReferenceNumber('121003957455')).to.equal(true)
    expect(isCustomerReferenceNumber('12100395745')).to.equal(false)
    expect(isCustomerReferenceNumber('12100395745a')).to.equal(false)
  })

  it('reads a National Insurance number in any case and spacing', () => {
    expect(normaliseNationalInsuranceNumber('ab 12 34 56 c')).to.equal('AB123456C')
  })

  it('accepts National Insurance numbers in the format HMRC issues', () => {
    for (const nino of ['AB123456C', 'CE654321A', 'JE445566B', 'JC112233D', 'NA987654C', 'KL246810A'])
      expect(isNationalInsuranceNumber(nino), nino).to.equal(true)
  })

  it('refuses National Insurance numbers HMRC never issues', () => {
    for (const nino of [
      'DA123456A',
      'AD123456A',
      'AO123456A',
      'BG123456A',
      'GB123456A',
      'ZZ123456A',
      'AB123456E',
      'AB12345C',
      'A1123456C',
    ]) {
      expect(isNationalInsuranceNumber(nino), nino).to.equal(false)
    }
  })

  it('writes a date of birth as 8 digits, day first', () => {
    expect(dateOfBirthDigits('1982-01-01')).to.equal('01011982')
  })
})
