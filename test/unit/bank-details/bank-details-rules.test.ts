import { expect } from 'chai'
import {
  checkBankDetails,
  normaliseSortCode,
  padAccountNumber,
  type BankDetailsInput,
} from '../../../services/bank-details/bank-details-rules.ts'
import {
  accountNumberEnding,
  formatSortCode,
  maskAccountNumber,
  maskBankDetails,
} from '../../../services/bank-details/masking.ts'
import { createI18n } from '../../../services/i18n.ts'
import { formatErrors } from '../../../services/validation/form-errors.ts'

const i18n = createI18n()

/** Vocalink's published modulus-checking test pair (valid). */
const good: BankDetailsInput = { accountName: 'Lucy Jones', sortCode: '08-99-99', accountNumber: '66374958' }

function messages(input: Partial<BankDetailsInput>, language: 'en' | 'cy' = 'en'): string[] {
  const { errors } = checkBankDetails({ ...good, ...input })
  return formatErrors(errors, i18n.getFixedT(language)).errorSummary.map(item => `${item.href} ${item.text}`)
}

describe('bank details rules', () => {
  it('reads a sort code typed with hyphens, spaces, dashes or nothing', () => {
    for (const typed of ['309430', '30-94-30', '30 94 30', ' 30–94–30 ', '30\u00a094\u00a030']) {
      expect(normaliseSortCode(typed), typed).to.equal('309430')
    }
    for (const typed of ['30943', '3094301', '30-94-3O', '30.94.30'])
      expect(normaliseSortCode(typed), typed).to.equal(undefined)
  })

  it('pads 6- and 7-digit account numbers to 8 digits, as banks do', () => {
    expect(padAccountNumber('733445')).to.equal('00733445')
    expect(padAccountNumber('1234567')).to.equal('01234567')
    expect(padAccountNumber('12345678')).to.equal('12345678')
  })

  it('gives back good details normalised', () => {
    expect(checkBankDetails({ ...good, accountName: '  Lucy   Jones ', accountNumber: '6637 4958' })).to.deep.equal({
      details: { accountName: 'Lucy Jones', sortCode: '089999', accountNumber: '66374958', rollNumber: null },
      errors: [],
    })
    // A 6-digit account number passes the modulus check once padded.
    expect(
      checkBankDetails({ accountName: 'A', sortCode: '18-00-02', accountNumber: '000190' }).details?.accountNumber,
    ).to.equal('00000190')
  })

  it('runs the Vocalink modulus check on the sort code and account number together', () => {
    expect(checkBankDetails({ ...good, sortCode: '107999', accountNumber: '88837491' }).errors).to.deep.equal([])
    expect(messages({ accountNumber: '66374959' })).to.deep.equal([
      '#accountNumber Enter a valid combination of sort code and account number',
    ])
    expect(messages({ sortCode: '938063', accountNumber: '15763217' })).to.have.length(1)
  })

  it('uses the GOV.UK bank details pattern’s messages, one per field, in field order', () => {
    expect(messages({ accountName: ' ', sortCode: '', accountNumber: '' })).to.deep.equal([
      '#accountName Enter the name on the account',
      '#sortCode Enter a sort code',
      '#accountNumber Enter an account number',
    ])
    expect(messages({ sortCode: '30-94' })).to.deep.equal(['#sortCode Enter a valid sort code like 309430'])
    expect(messages({ accountNumber: '0073344S' })).to.deep.equal([
      '#accountNumber Enter a valid account number like 00733445',
    ])
    expect(messages({ accountNumber: '12345' })).to.deep.equal([
      '#accountNumber Account number must be between 6 and 8 digits',
    ])
    expect(messages({ accountNumber: '123456789' })).to.deep.equal([
      '#accountNumber Account number must be between 6 and 8 digits',
    ])
    expect(messages({ accountName: 'x'.repeat(71) })).to.deep.equal([
      '#accountName Name on the account must be 70 characters or less',
    ])
  })

  it('checks a building society roll number when there is one', () => {
    expect(checkBankDetails({ ...good, rollNumber: 'AB/123-45.6 7' }).details?.rollNumber).to.equal('AB/123-45.6 7')
    expect(messages({ rollNumber: 'x'.repeat(19) })).to.deep.equal([
      '#rollNumber Building society roll number must be between 1 and 18 characters',
    ])
    expect(messages({ rollNumber: 'AB#1' })).to.deep.equal([
      '#rollNumber Building society roll number must only include letters a to z, numbers, hyphens, spaces, forward slashes and full stops',
    ])
  })

  it('has every message in Welsh', () => {
    expect(messages({ accountName: '', sortCode: 'x', accountNumber: '12' }, 'cy')).to.deep.equal([
      '#accountName Rhowch yr enw sydd ar y cyfrif',
      '#sortCode Rhowch god didoli dilys, fel 309430',
      '#accountNumber Mae’n rhaid i rif y cyfrif fod rhwng 6 ac 8 digid',
    ])
    expect(messages({ accountNumber: '66374959' }, 'cy')).to.deep.equal([
      '#accountNumber Rhowch gyfuniad dilys o god didoli a rhif cyfrif',
    ])
  })
})

describe('bank details masking', () => {
  it('shows a sort code as banks print it and only the last four digits of an account number', () => {
    expect(formatSortCode('309430')).to.equal('30-94-30')
    expect(accountNumberEnding('00733445')).to.equal('3445')
    expect(maskAccountNumber('00733445')).to.equal('****3445')
    expect(maskBankDetails({ accountName: 'Lucy Jones', sortCode: '089999', accountNumber: '66374958' })).to.deep.equal(
      {
        accountName: 'Lucy Jones',
        sortCode: '08-99-99',
        accountNumberEnding: '4958',
      },
    )
    expect(
      JSON.stringify(maskBankDetails({ accountName: 'L', sortCode: '089999', accountNumber: '66374958' })),
    ).not.to.contain('6637')
  })

  it('refuses to mask something that is not a sort code or account number', () => {
    expect(() => formatSortCode('12345')).to.throw()
    expect(() => accountNumberEnding('123')).to.throw()
  })
})
