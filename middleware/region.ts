import type { RequestHandler } from 'express'
import { clientUrls, type Region } from '../routes/paths.ts'

/** Marks the request as belonging to the Great Britain (/client) or Northern Ireland (/ni) site. */
export function forRegion(region: Region): RequestHandler {
  const urls = clientUrls[region]
  return (_req, res, next) => {
    res.locals.region = region
    res.locals.urls = urls
    next()
  }
}
