import { parse as parseQueryString } from 'node:querystring'
import type { RequestHandler } from 'express'

/**
 * NUL characters have no place in anything a person types, and PostgreSQL refuses to store them in
 * text, so they are taken out of every form field and query value before any controller sees them.
 */
export function withoutNulCharacters(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('\u0000') ? value.replaceAll('\u0000', '') : value
  if (Array.isArray(value)) return value.map(withoutNulCharacters)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, each]) => [key, withoutNulCharacters(each)]))
  }
  return value
}

/** After a body parser: the parsed form fields, without NUL characters. */
export const removeNulCharactersFromBody: RequestHandler = (req, _res, next) => {
  if (req.body && typeof req.body === 'object') req.body = withoutNulCharacters(req.body)
  next()
}

/** Express's simple query parser, without NUL characters. */
export function parseQueryWithoutNulCharacters(query: string): unknown {
  return withoutNulCharacters({ ...parseQueryString(query) })
}
