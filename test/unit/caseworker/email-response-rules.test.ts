import { expect } from 'chai'
import { canRespondByEmail } from '../../../services/caseworker/email-response-rules.ts'

describe('when a message may be answered by email', () => {
  const selfService = { contact_preference: 'self_service', email: 'client@example.com' }
  const message = (subject: string, fields: Record<string, string> = {}) =>
    ({ activityType: 'inbound_message', direction: 'inbound', status: 'open', subject, ...fields }) as Parameters<
      typeof canRespondByEmail
    >[1]

  it('allows missing payments, general queries and queries about the calculation, in any spelling', () => {
    expect(canRespondByEmail(selfService, message('Missing payments'))).to.deep.equal({
      allowed: true,
      enquiry: 'missing_payment',
    })
    expect(canRespondByEmail(selfService, message('general_query'))).to.deep.equal({
      allowed: true,
      enquiry: 'account_calculation',
    })
    expect(canRespondByEmail(selfService, message(' QUERY ABOUT  CALCULATION '))).to.deep.equal({
      allowed: true,
      enquiry: 'account_calculation',
    })
  })

  it('refuses other contact preferences, a client with no email address, and other subjects', () => {
    for (const preference of ['post', 'email', 'telephone'])
      expect(
        canRespondByEmail({ ...selfService, contact_preference: preference }, message('Missing payments')),
      ).to.deep.equal({ allowed: false, reason: 'preference' })
    expect(canRespondByEmail({ ...selfService, email: null }, message('Missing payments'))).to.deep.include({
      reason: 'preference',
    })
    for (const subject of ['Make a complaint', 'Query about annual assessment', 'Submit feedback'])
      expect(canRespondByEmail(selfService, message(subject))).to.deep.equal({ allowed: false, reason: 'subject' })
  })

  it('refuses anything but an open inbound message', () => {
    expect(canRespondByEmail(selfService, message('Missing payments', { status: 'done' }))).to.deep.include({
      reason: 'answered',
    })
    expect(
      canRespondByEmail(selfService, message('Missing payments', { activityType: 'inbound_upload' })),
    ).to.deep.include({ reason: 'not_a_message' })
  })
})
