import type { Request, RequestHandler } from 'express'
import { csrfSync } from 'csrf-sync'

export const CSRF_FIELD = '_csrf'

function tokenFromBody(req: Request): string | undefined {
  const body = req.body as Record<string, unknown> | undefined
  const token = body?.[CSRF_FIELD]
  return typeof token === 'string' ? token : undefined
}

/**
 * Synchroniser-token CSRF protection: the token lives in the server session and every form carries
 * it in a hidden `_csrf` field, so it works without JavaScript.
 *
 * - `exposeToken` lets templates call `csrfToken()`; a token is only made when a form asks for one,
 *   so pages without forms do not start sessions.
 * - `protectForms` refuses any unsafe request without the right token, multipart ones included
 *   (their body is not parsed yet, so they fail): upload routes are mounted before it and run
 *   `protectUpload` after multer has read the body.
 */
export function createCsrfProtection() {
  const csrf = csrfSync({ getTokenFromRequest: tokenFromBody, size: 32 })

  const exposeToken: RequestHandler = (req, res, next) => {
    res.locals.csrfToken = () => csrf.generateToken(req)
    next()
  }

  const protectUpload: RequestHandler = (req, _res, next) => {
    next(csrf.isRequestValid(req) ? undefined : csrf.invalidCsrfTokenError)
  }

  return { exposeToken, protectForms: csrf.csrfSynchronisedProtection as RequestHandler, protectUpload }
}

export type CsrfProtection = ReturnType<typeof createCsrfProtection>

export function isCsrfError(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'EBADCSRFTOKEN'
}
