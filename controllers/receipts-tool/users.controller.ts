import type { RequestHandler } from 'express'
import { takeFlash } from '../../middleware/staff-status.ts'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { staffSystems } from '../../services/staff-roles.ts'

/** Maintain Users: every user of the tool, one row per profile. */
export function get(tool: Pick<ReceiptsTool, 'staff'>): RequestHandler {
  return async (req, res) => {
    res.render('pages/receipts-tool/users', {
      users: await tool.staff.usersOf(staffSystems.receiptsTool),
      flash: takeFlash(req),
    })
  }
}
