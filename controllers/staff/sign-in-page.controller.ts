import type { RequestHandler } from 'express'
import { emptyFormErrors } from '../../services/validation/form-errors.ts'

/** The staff sign-in page of the tool the request belongs to. */
export function get(): RequestHandler {
  return (_req, res) => {
    res.render('pages/staff/sign-in', { values: {}, errors: emptyFormErrors() })
  }
}
