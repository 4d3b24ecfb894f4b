import type { RequestHandler } from 'express'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { text } from '../../services/validation/staff-fields.ts'

/** Exceptional cases: find by case reference, CMS case number or a parent's name; the latest cases otherwise. */
export function get(tool: Pick<ReceiptsTool, 'cases'>): RequestHandler {
  return async (req, res) => {
    const query = text(req.query.q).slice(0, 100)
    const cases = query === '' ? await tool.cases.recent() : await tool.cases.search(query)
    res.render('pages/receipts-tool/cases', { query, cases })
  }
}
