import { randomBytes } from 'node:crypto'
import type { Request, RequestHandler, Response } from 'express'

/*
 * For a page that is the same for every visitor who is not signed in (the landing page): the first
 * request for each key renders it, with a stand-in where the CSP nonce goes, and later requests are
 * sent that HTML with their own nonce put in. Rendering the GOV.UK shell costs ~30 times more than
 * the rest of such a request. Anything that makes the page differ must be part of the key; a request
 * the key cannot describe (keyOf gives undefined) is rendered as usual.
 */

/** Enough for each region and language, and the few spellings of a page's address; past it, no more are kept. */
const MAXIMUM_PAGES = 50

/** Stands where the nonce goes. Random per process, and hex, so no escaping changes it and no page text holds it. */
const NONCE_STAND_IN = `nonce${randomBytes(16).toString('hex')}`

function withNonce(parts: Buffer[], nonce: string): Buffer {
  const nonceBytes = Buffer.from(nonce)
  return Buffer.concat(parts.flatMap((part, index) => (index === 0 ? [part] : [nonceBytes, part])))
}

export type PageKey = (req: Request, res: Response) => string | undefined

export function cacheAnonymousPage(keyOf: PageKey, enabled = true): RequestHandler {
  // Kept as bytes: joining the parts as bytes costs less than encoding the page afresh for each response.
  const pages = new Map<string, Buffer[]>()
  return (req, res, next) => {
    const key = enabled ? keyOf(req, res) : undefined
    if (key === undefined) {
      next()
      return
    }
    const nonce = String(res.locals.cspNonce)
    const parts = pages.get(key)
    if (parts) {
      res.type('html').send(withNonce(parts, nonce))
      return
    }
    res.render = (view: string, options?: object) => {
      req.app.render(view, { ...res.locals, ...options, cspNonce: NONCE_STAND_IN }, (error, html) => {
        if (error) {
          next(error)
          return
        }
        const rendered = html.split(NONCE_STAND_IN).map(part => Buffer.from(part))
        if (pages.size < MAXIMUM_PAGES) pages.set(key, rendered)
        res.type('html').send(withNonce(rendered, nonce))
      })
    }
    next()
  }
}

/**
 * A client-site page's key when only its region and language decide its content: nobody signed in
 * (no sign-out button, no form token), and no query but ?lang= (the language links repeat the query).
 * Before the session is loaded it answers only for a visitor with no session cookie and no query
 * (a first visit in English), who has no session to load and no language to remember.
 */
export function anonymousClientPageKey(sessionCookieName: string): PageKey {
  return (req, res) => {
    const query = Object.keys(req.query)
    if (req.session === undefined) {
      if (query.length > 0 || (req.headers.cookie ?? '').includes(`${sessionCookieName}=`)) return undefined
    } else if (res.locals.canSignOut !== false || query.some(name => name !== 'lang')) {
      return undefined
    }
    const links = res.locals.languageLinks as Record<string, string>
    return [res.locals.region, res.locals.lang, links.en, links.cy].join(' ')
  }
}
