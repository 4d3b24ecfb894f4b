import type { Response } from 'express'

/** The intranet's 404 page, for a record named in the URL that does not exist or is not this client's. */
export function renderNotFound(res: Response): void {
  res.status(404).render('pages/errors/error-page', { errorKind: 'notFound', errorLayout: 'layouts/staff.njk' })
}
