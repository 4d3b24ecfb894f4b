import type { Request, RequestHandler, Response } from 'express'
import type { ClientModel } from '../models/client.model.ts'
import { toClientSummary } from '../models/client.model.ts'
import type { ClientUrls } from '../routes/paths.ts'
import type { Config } from '../config.ts'
import { isLanguage, type Language } from '../services/i18n.ts'
import { destroySession } from './setUpSession.ts'

/**
 * A marker cookie set while a client is signed in, holding only their language. When a request for a
 * signed-in page arrives with the marker but no live session, the session timed out: say so, in their
 * language, rather than just asking to sign in.
 */
export const SIGNED_IN_MARKER = 'cmss_signed_in'

function urlsOf(res: Response): ClientUrls {
  return res.locals.urls as ClientUrls
}

export function setSignedInMarker(res: Response, language: Language, config: Pick<Config, 'env'>): void {
  res.cookie(SIGNED_IN_MARKER, language, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.env === 'production',
    path: '/',
  })
}

export function clearSignedInMarker(res: Response): void {
  res.clearCookie(SIGNED_IN_MARKER, { path: '/' })
}

/** The language the signed-in marker holds, for pages shown before (or without) the session. */
export function signedInMarkerLanguage(req: Request): Language | undefined {
  for (const cookie of (req.headers.cookie ?? '').split(';')) {
    const [name, value] = cookie.trim().split('=')
    if (name === SIGNED_IN_MARKER && isLanguage(value)) return value
  }
  return undefined
}

function sendToSignIn(req: Request, res: Response): void {
  const language = signedInMarkerLanguage(req)
  if (language) {
    clearSignedInMarker(res)
    res.redirect(`${urlsOf(res).signedOut}?reason=timeout&lang=${language}`)
    return
  }
  res.redirect(urlsOf(res).signIn)
}

/** Lets the layout offer "Sign out" and the time-out warning to anyone signed in to anything. */
export function exposeSignInState(config: Pick<Config, 'sessionIdleMinutes'>): RequestHandler {
  return (req, res, next) => {
    res.locals.canSignOut = req.session.identityAccountId !== undefined
    res.locals.sessionIdleMinutes = config.sessionIdleMinutes
    next()
  }
}

/** Pages of the identity account (your services, enrolment): signed in with user ID and password. */
export const requireIdentityAccount: RequestHandler = (req, res, next) => {
  if (req.session.identityAccountId === undefined) {
    sendToSignIn(req, res)
    return
  }
  next()
}

/** The PIN step and its alternatives: the password is accepted, the PIN is still to come. */
export const requirePendingClient: RequestHandler = (req, res, next) => {
  if (req.session.clientId !== undefined) {
    res.redirect(urlsOf(res).home)
    return
  }
  if (req.session.pendingClientId === undefined) {
    sendToSignIn(req, res)
    return
  }
  next()
}

/**
 * Every signed-in client page: the session must belong to an enrolled client, still linked to the
 * session's identity account and not locked out, who passed the PIN step. A half-signed-in session
 * (password only) is sent to the PIN page; anything else starts again at sign-in.
 */
export function requireSignedInClient(clients: ClientModel): RequestHandler {
  return async (req, res, next) => {
    const { clientId, identityAccountId, pendingClientId } = req.session
    if (clientId === undefined) {
      if (pendingClientId !== undefined) res.redirect(urlsOf(res).pin)
      else sendToSignIn(req, res)
      return
    }
    const row = await clients.findById(clientId)
    if (!row || row.identity_account_id !== identityAccountId || row.self_service_locked_at) {
      await destroySession(req)
      clearSignedInMarker(res)
      res.redirect(urlsOf(res).signIn)
      return
    }
    res.locals.client = toClientSummary(row)
    res.locals.signedIn = true
    next()
  }
}
