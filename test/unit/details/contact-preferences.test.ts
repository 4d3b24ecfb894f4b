import { expect } from 'chai'
import { contactPreferenceProblem, textUpdatesProblem } from '../../../services/rules/contact-preferences.ts'

describe('contact preferences', () => {
  const everything = { registeredSelfServiceUser: true, hasEmail: true, hasPhone: true }

  it('lets a registered self-service user with an email address choose any preference', () => {
    for (const chosen of ['self_service', 'post', 'email', 'telephone'])
      expect(contactPreferenceProblem(chosen, everything), chosen).to.equal(undefined)
  })

  it('only lets a registered self-service user choose self-service', () => {
    const notRegistered = { ...everything, registeredSelfServiceUser: false }
    expect(contactPreferenceProblem('self_service', notRegistered)).to.equal('notSelfServiceUser')
    expect(contactPreferenceProblem('post', notRegistered)).to.equal(undefined)
  })

  it('needs an email address for self-service and email, and a phone number for telephone', () => {
    expect(contactPreferenceProblem('self_service', { ...everything, hasEmail: false })).to.equal('noEmail')
    expect(contactPreferenceProblem('email', { ...everything, hasEmail: false })).to.equal('noEmail')
    expect(contactPreferenceProblem('telephone', { ...everything, hasPhone: false })).to.equal('noPhone')
    expect(
      contactPreferenceProblem('post', { registeredSelfServiceUser: false, hasEmail: false, hasPhone: false }),
    ).to.equal(undefined)
  })

  it('treats anything else as no choice made', () => {
    for (const chosen of ['', 'fax', 'SELF_SERVICE'])
      expect(contactPreferenceProblem(chosen, everything)).to.equal('missing')
  })

  it('refuses text updates without a mobile number, but always allows opting out', () => {
    expect(textUpdatesProblem(true, false)).to.equal('noMobile')
    expect(textUpdatesProblem(true, true)).to.equal(undefined)
    expect(textUpdatesProblem(false, false)).to.equal(undefined)
  })
})
