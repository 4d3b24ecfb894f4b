import type { RequestHandler } from 'express'
import { pathTo, type ClientUrls } from '../../../routes/paths.ts'
import { reportedChangeTypes } from '../../../services/changes-of-circumstances/requested-changes.ts'

/** Report a change of circumstances: the kinds of change, each to its own form. */
export function get(): RequestHandler {
  return (_req, res) => {
    const urls = res.locals.urls as ClientUrls
    const changeTypes = reportedChangeTypes.map(changeType => ({
      changeType,
      href: pathTo(urls.reportChange, { changeType }),
    }))
    res.render('pages/client/details/changes', { changeTypes })
  }
}
