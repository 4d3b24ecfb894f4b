import type { RequestHandler } from 'express'
import { receiptsToolPaths as paths } from '../../routes/paths.ts'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { roleName } from '../../services/staff-roles.ts'
import { emptyFormErrors } from '../../services/validation/form-errors.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { profileFrom } from './edit-user.controller.ts'
import { actorOf, notFound } from './lookups.ts'

const VIEW = 'pages/receipts-tool/revoke-profile'

const guardRails = {
  ownAdministratorProfile: 'You cannot revoke your own System Administrator profile',
  lastAdministrator: 'You cannot revoke the last System Administrator profile in the system',
} as const

/** Revoke Profile: asks for confirmation, then deletes the profile unless a guard rail stops it. */
export function get(tool: Pick<ReceiptsTool, 'staff'>): RequestHandler {
  return async (req, res) => {
    const { profile, member } = await profileFrom(req, tool)
    res.render(VIEW, { profile, member, roleName: roleName(profile.role), errors: emptyFormErrors() })
  }
}

export function post(tool: Pick<ReceiptsTool, 'staff' | 'users'>): RequestHandler {
  return async (req, res) => {
    const { profile, member } = await profileFrom(req, tool)
    const outcome = await tool.users.revoke(actorOf(req), profile.id)
    if (outcome === 'notFound') throw notFound()
    if (outcome !== 'revoked') {
      const errors = staffFormErrors([{ field: 'profile', key: guardRails[outcome] }])
      res.status(400).render(VIEW, { profile, member, roleName: roleName(profile.role), errors })
      return
    }
    req.session.flash = 'The user profile has been deleted'
    res.redirect(paths.users)
  }
}
