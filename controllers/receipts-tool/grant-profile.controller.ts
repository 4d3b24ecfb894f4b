import type { Request, RequestHandler, Response } from 'express'
import { takeFlash } from '../../middleware/staff-status.ts'
import { pathTo, receiptsToolPaths as paths } from '../../routes/paths.ts'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { isReceiptsToolRole, receiptsToolRoles, roleName, staffSystems } from '../../services/staff-roles.ts'
import { emptyFormErrors, type FormErrors } from '../../services/validation/form-errors.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { actorOf, notFound } from './lookups.ts'

const VIEW = 'pages/receipts-tool/grant-profile'

/** A new user's temporary password, shown on this page once and then forgotten. */
function takeOneTimePassword(req: Request, staffId: string): string | undefined {
  const held = req.session.oneTimePassword
  if (held?.staffId !== staffId) return undefined
  delete req.session.oneTimePassword
  return held.password
}

async function render(
  tool: Pick<ReceiptsTool, 'staff'>,
  req: Request,
  res: Response,
  errors: FormErrors,
  chosen = '',
): Promise<void> {
  const staffId = String(req.params.staffId)
  const member = await tool.staff.findMember(staffId)
  if (!member) throw notFound()
  const held = await tool.staff.rolesOf(staffId, staffSystems.receiptsTool)
  const available = receiptsToolRoles.filter(role => !held.includes(role))
  res.status(errors.errorSummary.length > 0 ? 400 : 200).render(VIEW, {
    member,
    heldRoleNames: held.map(roleName),
    roleItems: [
      { value: '', text: 'Select a role' },
      ...available.map(role => ({ value: role, text: roleName(role), selected: role === chosen })),
    ],
    canGrant: available.length > 0,
    flash: takeFlash(req),
    temporaryPassword: takeOneTimePassword(req, staffId),
    errors,
  })
}

/** Grant user profile: the staff ID is given, the administrator picks a role. */
export function get(tool: Pick<ReceiptsTool, 'staff'>): RequestHandler {
  return (req, res) => render(tool, req, res, emptyFormErrors())
}

export function post(tool: Pick<ReceiptsTool, 'staff' | 'users'>): RequestHandler {
  return async (req, res) => {
    const staffId = String(req.params.staffId)
    const role = (req.body as Record<string, unknown>).role
    if (!isReceiptsToolRole(role)) {
      await render(tool, req, res, staffFormErrors([{ field: 'role', key: 'Select a role' }]))
      return
    }
    const outcome = await tool.users.grant(actorOf(req), staffId, role)
    if (outcome === 'noSuchUser') throw notFound()
    if (outcome === 'alreadyHeld') {
      const key = `Staff ID ${staffId} already has the ${roleName(role)} profile`
      await render(tool, req, res, staffFormErrors([{ field: 'role', key }]), role)
      return
    }
    req.session.flash = `${roleName(role)} profile granted to ${staffId}`
    res.redirect(pathTo(paths.grantProfile, { staffId }))
  }
}
