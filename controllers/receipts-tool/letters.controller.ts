import type { RequestHandler } from 'express'
import { exceptionalCaseLetters } from '../../services/receipts-tool/letters.ts'

/** The letter templates for exceptional cases, issued outside CMS 2012. */
export function get(): RequestHandler {
  return (_req, res) => {
    res.render('pages/receipts-tool/letters', { letters: exceptionalCaseLetters })
  }
}
