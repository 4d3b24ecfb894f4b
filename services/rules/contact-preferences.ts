import type { ContactPreference } from '../../models/client.model.ts'

/*
 * How the client wants us to contact them, and the seed's rule: only a registered self-service user
 * may choose "Only send letters to my self-service account". Choosing it means most letters are no
 * longer posted; instead we email to say a letter is waiting in their account, so it needs an email
 * address too. Email needs an email address and telephone a telephone number.
 */

export const contactPreferences: readonly ContactPreference[] = ['self_service', 'post', 'email', 'telephone']

export type ContactPreferenceProblem = 'missing' | 'notSelfServiceUser' | 'noEmail' | 'noPhone'

export interface ContactFacts {
  /** Enrolled to an identity account and signed in to self-service at least once (self-service Y). */
  registeredSelfServiceUser: boolean
  hasEmail: boolean
  hasPhone: boolean
}

export function isContactPreference(value: string): value is ContactPreference {
  return (contactPreferences as readonly string[]).includes(value)
}

/** The rule the chosen preference breaks for this client, or undefined when it may be chosen. */
export function contactPreferenceProblem(chosen: string, facts: ContactFacts): ContactPreferenceProblem | undefined {
  if (!isContactPreference(chosen)) return 'missing'
  if (chosen === 'self_service' && !facts.registeredSelfServiceUser) return 'notSelfServiceUser'
  if ((chosen === 'self_service' || chosen === 'email') && !facts.hasEmail) return 'noEmail'
  if (chosen === 'telephone' && !facts.hasPhone) return 'noPhone'
  return undefined
}

/** Text message updates go to a mobile number: opting in without one is refused. */
export function textUpdatesProblem(optIn: boolean, hasMobile: boolean): 'noMobile' | undefined {
  return optIn && !hasMobile ? 'noMobile' : undefined
}
