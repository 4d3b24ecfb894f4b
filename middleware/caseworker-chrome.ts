import type { RequestHandler } from 'express'
import { caseworkerPaths, pathTo } from '../routes/paths.ts'
import { intranetRoles } from '../services/caseworker/index.ts'

const menu = [
  { text: 'Find a client', href: caseworkerPaths.findClient },
  { text: 'Work items', href: caseworkerPaths.workItems },
  { text: 'Service requests', href: caseworkerPaths.serviceRequests },
  { text: 'Outbound messages', href: caseworkerPaths.outboundMessages },
]

/** The intranet's menu and sign-out button, once a caseworker is signed in. */
export const caseworkerChrome: RequestHandler = (req, res, next) => {
  res.locals.paths = caseworkerPaths
  res.locals.pathTo = pathTo
  if (req.session.staff) {
    res.locals.staffSignOutUrl = caseworkerPaths.signOut
    res.locals.staffNavigation = menu.map(item => ({
      ...item,
      active:
        req.originalUrl === item.href ||
        req.originalUrl.startsWith(`${item.href}?`) ||
        req.originalUrl.startsWith(`${item.href}/`),
    }))
  }
  next()
}

/**
 * After the staff access check: the member must hold a Case Worker or Team Leader profile for the
 * CMS 2012 system (a Special Client Records profile alone does not open the intranet).
 */
export const requireCaseworkerProfile: RequestHandler = (_req, res, next) => {
  const held = (res.locals.heldRoles as string[] | undefined) ?? []
  if (intranetRoles.some(role => held.includes(role))) {
    next()
    return
  }
  res.status(403).render('pages/staff/forbidden')
}
