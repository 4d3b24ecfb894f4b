import type { RequestHandler } from 'express'
import type { Clock } from '../services/clock.ts'
import { formatShortDate } from '../services/format/dates.ts'
import { roleName } from '../services/staff-roles.ts'

export interface StaffStatusOptions {
  clock: Clock
  signOutUrl: string
  /** The tool's menu for a role, for the service navigation. */
  navigationFor: (role: string | undefined) => Array<{ text: string; href: string }>
}

/**
 * What every page of a staff tool shows: the status box (current user, role, system name and the
 * system date from the app's clock), the role's menu and, once signed in, the sign-out button.
 */
export function staffStatus({ clock, signOutUrl, navigationFor }: StaffStatusOptions): RequestHandler {
  return (req, res, next) => {
    const member = req.session.staff
    const role = member ? req.session.staffRole : undefined
    res.locals.systemStatus = {
      currentUser: member ? `${member.staffId} - ${member.name}` : undefined,
      userRole: roleName(role),
      systemName: res.locals.staffServiceName as string,
      systemDate: formatShortDate(clock.now()),
    }
    res.locals.staffSignOutUrl = member ? signOutUrl : undefined
    res.locals.staffNavigation = navigationFor(role).map(item => ({
      ...item,
      active: req.originalUrl === item.href || req.originalUrl.startsWith(`${item.href}/`),
    }))
    next()
  }
}

/** Reads and clears the one-off success message left by the last form. */
export function takeFlash(req: Parameters<RequestHandler>[0]): string | undefined {
  const message = req.session.flash
  if (message !== undefined) delete req.session.flash
  return message
}
