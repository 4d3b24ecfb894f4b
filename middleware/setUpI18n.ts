import type { Request, RequestHandler, Response } from 'express'
import type { i18n } from 'i18next'
import nunjucks from 'nunjucks'
import { isLanguage, languages, type Language, type Translate } from '../services/i18n.ts'

function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`)
}

/** Enough for every key the templates use; keys past it are translated each time, never dropped. */
const MAXIMUM_REMEMBERED = 5000

/**
 * A translator that remembers its answers for keys asked without options (most of a page's strings):
 * i18next resolves each call afresh, which costs more than the rest of rendering a page's text.
 */
function rememberPlainTranslations(t: Translate): Translate {
  const remembered = new Map<string, unknown>()
  const translate = t as unknown as (...args: unknown[]) => unknown
  return ((...args: unknown[]) => {
    const [key] = args
    if (args.length !== 1 || typeof key !== 'string') return translate(...args)
    if (remembered.has(key)) return remembered.get(key)
    const text = translate(key)
    if (remembered.size < MAXIMUM_REMEMBERED) remembered.set(key, text)
    return text
  }) as unknown as Translate
}

/** A plain path (no query, no empty or dot segments), the usual case: parsing it as a URL would change nothing. */
const PLAIN_PATH = /^(\/[\w-]+)*\/?$/

/** The same page in the other language: the current URL with ?lang= set, other query values kept. */
function languageLinks(req: Request): Record<Language, string> {
  const { originalUrl } = req
  const links = {} as Record<Language, string>
  if (PLAIN_PATH.test(originalUrl)) {
    for (const language of languages) links[language] = `${originalUrl}?lang=${language}`
    return links
  }
  const url = new URL(originalUrl, 'http://localhost')
  for (const language of languages) {
    url.searchParams.set('lang', language)
    links[language] = `${url.pathname}${url.search}`
  }
  return links
}

export function languageFromQuery(req: Request): Language | undefined {
  const requested = req.query.lang
  return isLanguage(requested) ? requested : undefined
}

/**
 * Makes `t()` (plain text, escaped by the template) and `tHtml()` (for the few strings that hold a
 * link: interpolated values are escaped, the markup comes from our own locale files) available to
 * controllers and templates in the request's language.
 */
export function createLanguageApplier(i18next: i18n) {
  const translators = Object.fromEntries(
    languages.map(language => [language, rememberPlainTranslations(i18next.getFixedT(language))]),
  ) as Record<Language, Translate>

  return function applyLanguage(req: Request, res: Response, language: Language): void {
    const t = translators[language]
    req.language = language
    req.t = t
    res.locals.lang = language
    res.locals.t = t
    res.locals.tHtml = (key: string, values: Record<string, unknown> = {}) => {
      const escaped = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, escapeHtml(value)]))
      return new nunjucks.runtime.SafeString(t(key, escaped))
    }
    res.locals.languageLinks = languageLinks(req)
  }
}

export type ApplyLanguage = ReturnType<typeof createLanguageApplier>

/** Every request gets a language: ?lang= when given, otherwise English until a session says otherwise. */
export function setUpI18n(applyLanguage: ApplyLanguage): RequestHandler {
  return (req, res, next) => {
    applyLanguage(req, res, languageFromQuery(req) ?? 'en')
    next()
  }
}

/** After the session is loaded: ?lang= is remembered in the session, and the session's choice applies. */
export function rememberLanguage(applyLanguage: ApplyLanguage): RequestHandler {
  return (req, res, next) => {
    const requested = languageFromQuery(req)
    if (requested && req.session.lang !== requested) req.session.lang = requested
    applyLanguage(req, res, requested ?? req.session.lang ?? 'en')
    next()
  }
}
