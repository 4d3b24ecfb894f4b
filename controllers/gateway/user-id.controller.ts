import type { RequestHandler } from 'express'
import type { ClientUrls } from '../../routes/paths.ts'
import { isTicked } from '../../services/validation/fields.ts'
import { emptyFormErrors, formatErrors } from '../../services/validation/form-errors.ts'

const view = 'pages/gateway/user-id'

/** Shows the new user ID, grouped in fours, until the user confirms they have noted it. */
export function get(): RequestHandler {
  return (req, res) => {
    const { newUserId } = req.session
    if (!newUserId) {
      res.redirect((res.locals.urls as ClientUrls).yourServices)
      return
    }
    res.render(view, { userId: newUserId, errors: emptyFormErrors() })
  }
}

export function post(): RequestHandler {
  return (req, res) => {
    const urls = res.locals.urls as ClientUrls
    const { newUserId } = req.session
    if (!newUserId) {
      res.redirect(urls.yourServices)
      return
    }
    if (!isTicked(req.body as Record<string, unknown>, 'noted', 'yes')) {
      const errors = formatErrors([{ field: 'noted', key: 'gateway:userId.errors.confirmMissing' }], req.t)
      res.status(400).render(view, { userId: newUserId, errors })
      return
    }
    delete req.session.newUserId
    res.redirect(urls.yourServices)
  }
}
