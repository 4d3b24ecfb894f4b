import type { RequestHandler } from 'express'
import { takeFlash } from '../../middleware/staff-status.ts'
import { receiptsToolMenus } from '../../services/receipts-tool/menu.ts'

/** The main menu: the chosen role's menu, and a way to change role for members holding more than one. */
export function get(): RequestHandler {
  return (req, res) => {
    res.render('pages/receipts-tool/menu', {
      menu: receiptsToolMenus[req.session.staffRole!],
      canChangeRole: (res.locals.heldRoles as string[]).length > 1,
      flash: takeFlash(req),
    })
  }
}
