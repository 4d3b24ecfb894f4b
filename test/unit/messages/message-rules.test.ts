import { expect } from 'chai'
import { validateMessage } from '../../../controllers/client/messages/send-message.validation.ts'
import {
  childrenRequired,
  contactReasons,
  messageBody,
  messageSubjects,
  newMessageReference,
} from '../../../services/messages/message-rules.ts'

const children = [
  { id: 4, caseId: 1, firstName: 'Kate', lastName: 'Mills' },
  { id: 9, caseId: 2, firstName: 'Sam', lastName: 'Ford' },
]

const keysOf = (body: Record<string, unknown>, offered = children) =>
  validateMessage(body, offered).errors.map(error => `${error.field}: ${error.key.split('.').pop()}`)

describe('message rules', () => {
  it('has a contact reason in English for every subject', () => {
    expect(Object.keys(contactReasons)).to.deep.equal([...messageSubjects])
    expect(contactReasons.feedback).to.equal('Submit feedback')
  })

  it('needs the children only for missing payments', () => {
    expect(messageSubjects.filter(childrenRequired)).to.deep.equal(['missingPayments'])
  })

  it('makes references of M- and eight easily read characters', () => {
    expect(newMessageReference(() => 0)).to.equal('M-AAAAAAAA')
    expect(newMessageReference(limit => limit - 1)).to.equal('M-99999999')
  })

  it('adds the children’s names to the body caseworkers read', () => {
    expect(messageBody('Hello', [])).to.equal('Hello')
    expect(messageBody('Hello', ['Kate Mills', 'Sam Ford'])).to.equal('Hello\n\nChildren: Kate Mills, Sam Ford')
  })
})

describe('the message form', () => {
  it('accepts a subject, the client’s own children and a message', () => {
    const result = validateMessage(
      { subject: 'missingPayments', children: ['4', '9'], message: ' Late \r\n' },
      children,
    )
    expect(result.errors).to.deep.equal([])
    expect(result.message).to.deep.equal({
      subject: 'missingPayments',
      text: 'Late',
      childNames: ['Kate Mills', 'Sam Ford'],
    })
  })

  it('asks for a subject from the list', () => {
    expect(keysOf({ message: 'Hi' })).to.deep.equal(['subject: subjectMissing'])
    expect(keysOf({ subject: 'refund', message: 'Hi' })).to.deep.equal(['subject: subjectMissing'])
  })

  it('asks for the children for missing payments, unless the client has none on record', () => {
    expect(keysOf({ subject: 'missingPayments', message: 'Hi' })).to.deep.equal(['children: childrenMissing'])
    expect(keysOf({ subject: 'missingPayments', message: 'Hi' }, [])).to.deep.equal([])
    expect(keysOf({ subject: 'generalQuery', message: 'Hi' })).to.deep.equal([])
  })

  it('refuses a child not on the client’s cases', () => {
    expect(keysOf({ subject: 'generalQuery', children: '5', message: 'Hi' })).to.deep.equal(['children: childUnknown'])
  })

  it('asks for a message of at most 2,000 characters, counting a new line as one', () => {
    expect(keysOf({ subject: 'generalQuery', message: '' })).to.deep.equal(['message: messageMissing'])
    expect(keysOf({ subject: 'generalQuery', message: 'x'.repeat(2001) })).to.deep.equal(['message: messageTooLong'])
    expect(keysOf({ subject: 'generalQuery', message: `${'x'.repeat(999)}\r\n${'y'.repeat(1000)}` })).to.deep.equal([])
  })

  it('ignores fields that are not text', () => {
    expect(keysOf({ subject: ['generalQuery'], message: { text: 'Hi' } })).to.deep.equal([
      'subject: subjectMissing',
      'message: messageMissing',
    ])
  })
})
