import type { RequestHandler } from 'express'
import type { Translate } from '../services/i18n.ts'
import { pathTo, type ClientPage, type ClientUrls } from '../routes/paths.ts'

/** The signed-in menu, in the seed's order (Home, My payments, My messages, My cases, My details). */
export const clientMenu: Array<{ page: ClientPage; key: string }> = [
  { page: 'home', key: 'navigation.home' },
  { page: 'myPayments', key: 'myPayments:navigation' },
  { page: 'messages', key: 'messages:navigation.myMessages' },
  { page: 'myCases', key: 'myCases:navigation' },
  { page: 'myDetails', key: 'navigation.myDetails' },
]

/** Builds the service navigation for signed-in pages, marking the section the page belongs to. */
export const clientNavigation: RequestHandler = (req, res, next) => {
  const urls = res.locals.urls as ClientUrls
  const t: Translate = req.t
  const path = req.originalUrl.split('?')[0]!
  res.locals.navigationItems = clientMenu.map(item => {
    const href = urls[item.page]
    // A key without a namespace is in the shared account namespace.
    const key = item.key.includes(':') ? item.key : `account:${item.key}`
    return { href, text: t(key), active: path === href || path.startsWith(`${href}/`) }
  })
  // Signed-in pages link to addresses with parameters (a case's calculation).
  res.locals.pathTo = pathTo
  next()
}
