import type { Request, RequestHandler } from 'express'
import type { StaffMember, StaffProfile } from '../../models/staff.model.ts'
import { receiptsToolPaths as paths } from '../../routes/paths.ts'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { roleName, staffSystems } from '../../services/staff-roles.ts'
import { emptyFormErrors } from '../../services/validation/form-errors.ts'
import { validateUserDetails } from '../../services/validation/receipts-tool/users.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { actorOf, idParam, notFound } from './lookups.ts'

const VIEW = 'pages/receipts-tool/edit-user'

/** The profile in the URL, which must belong to the staff member in the URL. */
export async function profileFrom(
  req: Request,
  tool: Pick<ReceiptsTool, 'staff'>,
): Promise<{ profile: StaffProfile; member: StaffMember }> {
  const profileId = idParam(req, 'profileId')
  const profile =
    profileId === undefined ? undefined : await tool.staff.findProfile(profileId, staffSystems.receiptsTool)
  const member =
    profile && profile.staffId === req.params.staffId ? await tool.staff.findMember(profile.staffId) : undefined
  if (!profile || !member) throw notFound()
  return { profile, member }
}

/** Edit user: the row's details and role, with the ways on to add or revoke a profile. */
export function get(tool: Pick<ReceiptsTool, 'staff'>): RequestHandler {
  return async (req, res) => {
    const { profile, member } = await profileFrom(req, tool)
    res.render(VIEW, {
      profile,
      member,
      roleName: roleName(profile.role),
      values: { name: member.name, phone: member.phone ?? '', email: member.email },
      errors: emptyFormErrors(),
    })
  }
}

export function post(tool: Pick<ReceiptsTool, 'staff' | 'users'>): RequestHandler {
  return async (req, res) => {
    const { profile, member } = await profileFrom(req, tool)
    const { values, errors } = validateUserDetails(req.body as Record<string, unknown>)
    if (errors.length > 0) {
      res
        .status(400)
        .render(VIEW, { profile, member, roleName: roleName(profile.role), values, errors: staffFormErrors(errors) })
      return
    }
    await tool.users.editDetails(actorOf(req), member.staffId, values)
    req.session.flash = `The user record for ${member.staffId} has been saved`
    res.redirect(paths.users)
  }
}
