import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express'
import type { Logger } from '../services/logger.ts'
import { clientUrls, regionPrefixes, type Region } from '../routes/paths.ts'
import { signedInMarkerLanguage } from './client-access.ts'
import { isCsrfError } from './setUpCsrf.ts'
import { languageFromQuery, type ApplyLanguage } from './setUpI18n.ts'

type ErrorKind = 'notFound' | 'problem' | 'expired' | 'tooLarge' | 'tooMany' | 'unavailable'

const statusOf: Record<ErrorKind, number> = {
  notFound: 404,
  problem: 500,
  expired: 403,
  tooLarge: 413,
  tooMany: 429,
  unavailable: 503,
}

const databaseUnavailableCodes = new Set([
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P03',
  '53300',
  // lock_timeout: another connection held the lock for too long.
  '55P03',
])

/**
 * node-postgres gives no code when the connection drops under a query, when a query (a
 * transaction's ROLLBACK, say) is sent on a connection already lost, or when opening a connection
 * takes longer than its connection timeout: only these messages tell.
 */
const lostConnection =
  /Connection terminated unexpectedly|Client (has encountered a connection error|was closed) and is not queryable|^timeout expired$/

export function isDatabaseUnavailable(error: unknown): boolean {
  const { code, name, message } = (error ?? {}) as { code?: unknown; name?: unknown; message?: unknown }
  return (
    name === 'KnexTimeoutError' ||
    (typeof code === 'string' && databaseUnavailableCodes.has(code)) ||
    (typeof message === 'string' && lostConnection.test(message))
  )
}

function kindOf(error: unknown): ErrorKind {
  if (isCsrfError(error)) return 'expired'
  const { type, status } = (error ?? {}) as { type?: unknown; status?: unknown }
  if (type === 'entity.too.large' || type === 'parameters.too.many') return 'tooLarge'
  if (isDatabaseUnavailable(error)) return 'unavailable'
  if (status === 404) return 'notFound'
  if (status === 429) return 'tooMany'
  return 'problem'
}

function regionOf(req: Request): Region {
  return req.originalUrl.startsWith(regionPrefixes.ni) ? 'ni' : 'gb'
}

/**
 * Renders a GOV.UK-styled error page in the audience's layout and language. Never shows the error
 * itself: details go to the log only. When the session could not be read (the database is
 * unavailable) a signed-in client's page is still in their language, from the signed-in marker.
 */
function renderErrorPage(req: Request, res: Response, kind: ErrorKind, applyLanguage: ApplyLanguage): void {
  res.locals.region ??= regionOf(req)
  res.locals.urls ??= clientUrls[res.locals.region as Region]
  const staff = res.locals.staffTool === true
  const markerLanguage = req.session === undefined && !languageFromQuery(req) && signedInMarkerLanguage(req)
  if (!staff && markerLanguage) applyLanguage(req, res, markerLanguage)
  res.status(statusOf[kind])
  res.set('Cache-Control', 'no-store')
  res.render(
    'pages/errors/error-page',
    {
      errorKind: kind,
      errorLayout: staff ? 'layouts/staff.njk' : 'layouts/client.njk',
      contactUrl: staff ? undefined : (res.locals.urls as { contact: string }).contact,
    },
    (renderError, html) => {
      if (renderError) {
        res.type('text/plain').send('Sorry, there is a problem with the service. Try again later.')
        return
      }
      res.send(html)
    },
  )
}

export function setUpErrorHandlers(
  logger: Logger,
  applyLanguage: ApplyLanguage,
): { notFound: RequestHandler; errorHandler: ErrorRequestHandler } {
  const notFound: RequestHandler = (req, res) => renderErrorPage(req, res, 'notFound', applyLanguage)

  const errorHandler: ErrorRequestHandler = (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error)
      return
    }
    const kind = kindOf(error)
    if (kind === 'problem' || kind === 'unavailable') {
      logger.error({ err: error, method: req.method, path: req.path }, 'request failed')
    } else {
      logger.info({ kind, method: req.method, path: req.path }, 'request refused')
    }
    renderErrorPage(req, res, kind, applyLanguage)
  }

  return { notFound, errorHandler }
}
