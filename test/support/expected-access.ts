import type { Response } from 'supertest'
import type { UserKind } from './every-kind-of-user.ts'

/** Pages anyone may see, per area. */
export const publicPages = new Set([
  '/',
  '/health',
  ...['/client', '/ni'].flatMap(prefix => [
    prefix,
    `${prefix}/cookies`,
    `${prefix}/accessibility-statement`,
    `${prefix}/help`,
    `${prefix}/contact`,
    `${prefix}/terms-and-conditions`,
    `${prefix}/privacy`,
    `${prefix}/signed-out`,
    `${prefix}/gateway/create-account`,
    `${prefix}/sign-in`,
    `${prefix}/sign-in/locked`,
  ]),
  '/caseworker',
  '/caseworker/sign-in',
  '/caseworker/signed-out',
  '/receipts-tool',
  '/receipts-tool/sign-in',
  '/receipts-tool/signed-out',
])

export function isPublicPage(path: string): boolean {
  return publicPages.has(path)
}

/** The sign-in page a visitor to a path is sent to when they are not signed in to its area. */
export function signInPageFor(path: string): string | undefined {
  if (path.startsWith('/client')) return '/client/sign-in'
  if (path.startsWith('/ni')) return '/ni/sign-in'
  if (path.startsWith('/caseworker')) return '/caseworker/sign-in'
  if (path.startsWith('/receipts-tool')) return '/receipts-tool/sign-in'
  return undefined
}

const staffKinds: UserKind[] = ['caseworker', 'receiptsCaseWorker', 'receiptsAdministrator']

/** Receipts tool pages for the System Administrator role only, and for the Case Worker role only. */
const receiptsAdministratorPages = '/receipts-tool/users'
const receiptsCaseWorkerPages = /^\/receipts-tool\/(cases|reports|letters)/

function redirectedTo(response: Response): string {
  return String(response.headers.location ?? '').split('?')[0]!
}

function sentToSignIn(path: string, response: Response): boolean {
  return response.status === 302 && redirectedTo(response) === signInPageFor(path)
}

/** Pages that answer or move on within the area, or say the record is not there. */
function opens(response: Response): boolean {
  return response.status < 400 || response.status === 404
}

function clientAreaAnswer(path: string, kind: UserKind, response: Response): string | undefined {
  const prefix = path.startsWith('/ni') ? '/ni' : '/client'
  if (kind === 'anonymous' || staffKinds.includes(kind)) {
    return sentToSignIn(path, response) || response.status === 404 ? undefined : 'not sent to sign in'
  }
  const pinSteps = path.startsWith(`${prefix}/sign-in/`)
  const identityPages = path.startsWith(`${prefix}/gateway/`)
  if (kind === 'halfSignedIn') {
    if (pinSteps || identityPages) return opens(response) ? undefined : 'PIN step refused'
    const toPin = response.status === 302 && redirectedTo(response) === `${prefix}/sign-in/pin`
    return toPin || response.status === 404 ? undefined : 'not sent to the PIN step'
  }
  // A and B are Great Britain clients: the Northern Ireland site sends them to its own sign-in.
  if (prefix === '/ni') return sentToSignIn(path, response) || opens(response) ? undefined : 'refused'
  return opens(response) ? undefined : 'own page refused'
}

function staffAreaAnswer(path: string, kind: UserKind, response: Response): string | undefined {
  const caseworkerArea = path.startsWith('/caseworker')
  const signedIn = caseworkerArea
    ? kind === 'caseworker'
    : kind === 'receiptsCaseWorker' || kind === 'receiptsAdministrator'
  if (!signedIn) return sentToSignIn(path, response) || response.status === 404 ? undefined : 'not sent to sign in'
  const refused =
    (kind === 'receiptsCaseWorker' && path.startsWith(receiptsAdministratorPages)) ||
    (kind === 'receiptsAdministrator' && receiptsCaseWorkerPages.test(path))
  if (refused) return response.status === 403 ? undefined : 'role not refused with 403'
  return opens(response) ? undefined : 'refused its own user'
}

/**
 * What is wrong with a response to a GET of a route (its pattern) for a kind of user, or undefined
 * when it is the answer that kind of user should get.
 */
export function expectedAnswer(path: string, kind: UserKind, response: Response): string | undefined {
  if (response.status >= 500) return 'server error'
  if (isPublicPage(path)) return response.status < 400 ? undefined : 'public page refused'
  if (path.startsWith('/client') || path.startsWith('/ni')) return clientAreaAnswer(path, kind, response)
  if (path.startsWith('/caseworker') || path.startsWith('/receipts-tool')) return staffAreaAnswer(path, kind, response)
  // The card payment stand-in: pages named by a payment's own unguessable id, so 404 for everyone here.
  return response.status === 404 ? undefined : 'payment page answered without a payment'
}
