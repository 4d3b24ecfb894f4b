import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'
import helmet from 'helmet'
import type { Config } from '../config.ts'
import { randomBytesFromPool } from '../services/random-tokens.ts'

/** Stands for the nonce while helmet works the headers out once; hex, so helmet's checks pass it as it is. */
const NONCE_STAND_IN = `nonce${randomBytes(16).toString('hex')}`

function helmetFor(config: Pick<Config, 'env'>) {
  const nonce = (_req: unknown, res: ServerResponse) =>
    `'nonce-${(res as unknown as { locals: { cspNonce: string } }).locals.cspNonce}'`
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", nonce],
        styleSrc: ["'self'"],
        fontSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: config.env === 'production' ? [] : null,
      },
    },
    crossOriginEmbedderPolicy: true,
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: config.env === 'production' ? { maxAge: 31536000, includeSubDomains: true } : false,
  })
}

/** The headers helmet sets, each value split where the nonce goes (one part when it holds none). */
function headersFromHelmet(config: Pick<Config, 'env'>): Array<[string, string[]]> {
  const headers: Array<[string, string[]]> = []
  const response = {
    locals: { cspNonce: NONCE_STAND_IN },
    setHeader: (name: string, value: unknown) => headers.push([name, String(value).split(NONCE_STAND_IN)]),
    removeHeader: () => undefined,
  }
  let failure: unknown
  helmetFor(config)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    failure = error
  })
  if (failure) throw failure as Error
  return headers
}

/**
 * Security headers, with a fresh CSP nonce per request for the few inline scripts the template needs.
 * Helmet works the headers out once, at start-up; each request gets them with its own nonce put in,
 * rather than running helmet's middleware, which builds the policy string afresh, every time.
 */
export function setUpWebSecurity(config: Pick<Config, 'env'>): RequestHandler {
  const headers = headersFromHelmet(config)
  return (_req, res, next) => {
    const nonce = randomBytesFromPool(16).toString('base64')
    res.locals.cspNonce = nonce
    for (const [name, parts] of headers) res.setHeader(name, parts.length === 1 ? parts[0]! : parts.join(nonce))
    next()
  }
}
