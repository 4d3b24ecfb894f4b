import { expect } from 'chai'
import { createI18n } from '../../../services/i18n.ts'
import { formatErrors } from '../../../services/validation/form-errors.ts'

describe('form errors', () => {
  const t = createI18n().getFixedT('en')

  it('gives one summary entry and one field message per field, first error first', () => {
    const errors = formatErrors(
      [
        { field: 'staffId', key: 'errors:notFound.title' },
        { field: 'staffId', key: 'errors:problem.title' },
        { field: 'dateOfBirth', key: 'errors:expired.title', href: 'dateOfBirth-day' },
      ],
      t,
    )
    expect(errors.errorSummary).to.deep.equal([
      { text: 'Page not found', href: '#staffId' },
      { text: 'Sorry, the page has expired', href: '#dateOfBirth-day' },
    ])
    expect(errors.formErrors.staffId).to.deep.equal({ text: 'Page not found' })
    expect(errors.formErrors.dateOfBirth).to.deep.equal({ text: 'Sorry, the page has expired' })
  })
})
