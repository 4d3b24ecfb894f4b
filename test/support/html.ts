import { load, type CheerioAPI } from 'cheerio'

export function parseHtml(html: string): CheerioAPI {
  return load(html)
}

/** The CSRF token of the first form on the page, read as a browser would send it. */
export function csrfTokenFrom(html: string): string {
  const token = load(html)('input[name="_csrf"]').first().val()
  if (typeof token !== 'string' || token === '') throw new Error('The page has no CSRF token')
  return token
}

/** The text of an element with whitespace collapsed, for readable assertions. */
export function textOf($: CheerioAPI, selector: string): string {
  return $(selector).first().text().replace(/\s+/g, ' ').trim()
}
