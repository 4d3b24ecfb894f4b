import { expect } from 'chai'
import { checkNameForm } from '../../../services/changes-of-circumstances/name-form.ts'
import { maskNationalInsuranceNumber } from '../../../services/rules/masking.ts'

describe('the National Insurance number on the client’s own pages', () => {
  it('shows only the last two digits and the letter', () => {
    expect(maskNationalInsuranceNumber('AB123456C')).to.equal('•• •• •• 56 C')
    expect(maskNationalInsuranceNumber('ab 12 34 56 c')).to.equal('•• •• •• 56 C')
    expect(maskNationalInsuranceNumber('AB123456')).to.equal('•• •• •• 56')
  })

  it('shows nothing for a missing or malformed number', () => {
    for (const nino of [null, undefined, '', 'not a nino']) expect(maskNationalInsuranceNumber(nino)).to.equal(null)
  })
})

describe('the change of name form', () => {
  const current = { title: 'Mr', firstName: 'George', lastName: 'Mills' }

  it('gives the requested change in the agreed shape, an empty title as null', () => {
    expect(checkNameForm({ title: ' ', firstName: ' Georgina ', lastName: 'Mills' }, current).name).to.deep.equal({
      title: null,
      firstName: 'Georgina',
      lastName: 'Mills',
    })
  })

  it('treats the same name as no change', () => {
    const { errors, name } = checkNameForm({ title: 'Mr', firstName: 'George', lastName: 'Mills' }, current)
    expect(name).to.equal(undefined)
    expect(errors.map(error => error.key)).to.deep.equal(['details:changeName.errors.unchanged'])
  })
})
