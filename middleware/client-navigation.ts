import type { RequestHandler } from 'express'
import type { Translate } from '../services/i18n.ts'
import type { ClientPage, ClientUrls } from '../routes/paths.ts'

/** The signed-in menu, in the seed's order (Home, My payments, My messages, My cases, My details). */
export const clientMenu: Array<{ page: ClientPage; key: string }> = [
  { page: 'home', key: 'navigation.home' },
  { page: 'messages', key: 'messages:navigation.myMessages' },
  { page: 'myDetails', key: 'navigation.myDetails' },
]

/** Builds the service navigation for signed-in pages, marking the section the page belongs to. */
export const clientNavigation: RequestHandler = (req, res, next) => {
  const urls = res.locals.urls as ClientUrls
  const t: Translate = req.t
  const path = req.originalUrl.split('?')[0]!
  res.locals.navigationItems = clientMenu.map(item => {
    const href = urls[item.page]
    return {
      href,
      text: t(item.key.includes(':') ? item.key : `account:${item.key}`),
      active: path === href || path.startsWith(`${href}/`),
    }
  })
  next()
}
