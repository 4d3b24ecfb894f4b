import { expect } from 'chai'
import { readSpecialRecordForm } from '../../../services/caseworker/special-client-record-form.ts'
import { canOpenSpecialRecords } from '../../../services/caseworker/special-client-records.ts'

describe('special client records: rules', () => {
  describe('who opens a special client record', () => {
    it('lets in only a member holding the Special Client Records profile', () => {
      expect(canOpenSpecialRecords(['case_worker', 'special_client_records'])).to.equal(true)
      expect(canOpenSpecialRecords(['case_worker'])).to.equal(false)
      expect(canOpenSpecialRecords(['team_leader'])).to.equal(false)
      expect(canOpenSpecialRecords([])).to.equal(false)
    })
  })

  describe('the mark and unmark form', () => {
    const fieldsIn = (result: ReturnType<typeof readSpecialRecordForm>) => result.errors.map(error => error.field)

    it('accepts a reason with the confirmation ticked, trimmed', () => {
      const result = readSpecialRecordForm({ reason: '  Risk of harm ', confirm: 'yes' }, 'mark')
      expect(result).to.deep.equal({ values: { reason: 'Risk of harm', confirm: 'yes' }, errors: [] })
    })

    it('needs a reason and the confirmation, with wording for marking or unmarking', () => {
      const marking = readSpecialRecordForm({}, 'mark')
      expect(fieldsIn(marking)).to.deep.equal(['reason', 'confirm'])
      expect(marking.errors[0]!.key).to.equal('Enter why this is a special client record')
      const unmarking = readSpecialRecordForm({ reason: ' ' }, 'unmark')
      expect(unmarking.errors.map(error => error.key)).to.deep.equal([
        'Enter why the mark is being removed',
        'Confirm that the other party may see this client’s first name again',
      ])
    })

    it('refuses a reason over 500 characters, and a confirmation other than yes', () => {
      expect(fieldsIn(readSpecialRecordForm({ reason: 'x'.repeat(500), confirm: 'yes' }, 'mark'))).to.deep.equal([])
      expect(fieldsIn(readSpecialRecordForm({ reason: 'x'.repeat(501), confirm: 'yes' }, 'mark'))).to.deep.equal([
        'reason',
      ])
      expect(fieldsIn(readSpecialRecordForm({ reason: 'Risk', confirm: ['yes', 'no'] }, 'mark'))).to.deep.equal([
        'confirm',
      ])
    })
  })
})
