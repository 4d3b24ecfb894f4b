import type { RequestHandler } from 'express'
import type { AuditLog } from '../../models/audit.model.ts'
import { emptyFormErrors } from '../../services/validation/form-errors.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { roleName } from '../../services/staff-roles.ts'

function roleItems(held: string[], chosen: string | undefined) {
  return held.map(role => ({ value: role, text: roleName(role), checked: role === chosen }))
}

/** "User role": choose which of the profiles held to work as; the role decides the menu. */
export function get(): RequestHandler {
  return (req, res) => {
    const held = res.locals.heldRoles as string[]
    res.render('pages/staff/choose-role', { roles: roleItems(held, req.session.staffRole), errors: emptyFormErrors() })
  }
}

export function post(auditLog: AuditLog, menuUrl: string): RequestHandler {
  return async (req, res) => {
    const held = res.locals.heldRoles as string[]
    const role = (req.body as Record<string, unknown>).role
    if (typeof role !== 'string' || !held.includes(role)) {
      res.status(400).render('pages/staff/choose-role', {
        roles: roleItems(held, undefined),
        errors: staffFormErrors([{ field: 'role', key: 'Select your user role' }]),
      })
      return
    }
    req.session.staffRole = role
    await auditLog.record({
      actorType: 'staff',
      actorId: req.session.staff!.staffId,
      action: 'staff_role_chosen',
      details: { role },
    })
    res.redirect(menuUrl)
  }
}
