import type { RequestHandler } from 'express'
import { pathTo, receiptsToolPaths as paths } from '../../routes/paths.ts'
import { ukCalendarDate } from '../../services/format/dates.ts'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { emptyFormErrors } from '../../services/validation/form-errors.ts'
import { validateChild } from '../../services/validation/receipts-tool/cases.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { actorOf, caseFrom } from './lookups.ts'

const VIEW = 'pages/receipts-tool/add-child'

/** Add another qualifying child to a case. */
export function get(tool: Pick<ReceiptsTool, 'cases'>): RequestHandler {
  return async (req, res) => {
    res.render(VIEW, { exceptionalCase: await caseFrom(req, tool), values: {}, errors: emptyFormErrors() })
  }
}

export function post(tool: Pick<ReceiptsTool, 'cases' | 'exceptionalCases' | 'clock'>): RequestHandler {
  return async (req, res) => {
    const exceptionalCase = await caseFrom(req, tool)
    const { values, errors, child } = validateChild(
      req.body as Record<string, unknown>,
      ukCalendarDate(tool.clock.now()),
    )
    if (!child) {
      res.status(400).render(VIEW, { exceptionalCase, values, errors: staffFormErrors(errors) })
      return
    }
    await tool.exceptionalCases.addChild(actorOf(req), exceptionalCase.id, child)
    req.session.flash = `${child.fullName} has been added to the case`
    res.redirect(pathTo(paths.case, { caseId: exceptionalCase.id }))
  }
}
