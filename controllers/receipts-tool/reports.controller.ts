import type { RequestHandler } from 'express'

/** The reports on offer. */
export function get(): RequestHandler {
  return (_req, res) => {
    res.render('pages/receipts-tool/reports')
  }
}
