/*
 * The identity account: the service's stand-in for the Government Gateway. The client site uses it
 * only through this interface, so a real identity provider could replace it.
 */

export interface NewAccountDetails {
  firstName: string | null
  lastName: string | null
  email: string
  password: string
}

export interface IdentityAccount {
  accountId: number
  userId: string
  firstName: string | null
  lastName: string | null
  email: string
  enrolmentLockedUntil: Date | null
  enrolmentReferenceName: string | null
}

export type AuthenticationResult =
  | { outcome: 'signedIn'; account: IdentityAccount }
  | { outcome: 'wrongDetails' }
  | { outcome: 'locked'; lockedUntil: Date }

export interface IdentityProvider {
  createAccount(details: NewAccountDetails): Promise<IdentityAccount>
  authenticate(userId: string, password: string): Promise<AuthenticationResult>
  findAccount(accountId: number): Promise<IdentityAccount | undefined>
}
