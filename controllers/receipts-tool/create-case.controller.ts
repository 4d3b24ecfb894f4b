import type { RequestHandler } from 'express'
import { pathTo, receiptsToolPaths as paths } from '../../routes/paths.ts'
import { ukCalendarDate } from '../../services/format/dates.ts'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { emptyFormErrors } from '../../services/validation/form-errors.ts'
import { validateCase } from '../../services/validation/receipts-tool/cases.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { actorOf } from './lookups.ts'

const VIEW = 'pages/receipts-tool/create-case'

/** Create an exceptional case. */
export function get(): RequestHandler {
  return (_req, res) => {
    res.render(VIEW, {
      values: { missingIdentifiers: [], payingParent: {}, receivingParent: {} },
      errors: emptyFormErrors(),
    })
  }
}

export function post(tool: Pick<ReceiptsTool, 'exceptionalCases' | 'clock'>): RequestHandler {
  return async (req, res) => {
    const { values, errors, newCase, child } = validateCase(
      req.body as Record<string, unknown>,
      ukCalendarDate(tool.clock.now()),
    )
    if (!newCase || !child) {
      res.status(400).render(VIEW, { values, errors: staffFormErrors(errors) })
      return
    }
    const created = await tool.exceptionalCases.create(actorOf(req), newCase, child)
    req.session.flash = `Case ${created.caseReference} has been created`
    res.redirect(pathTo(paths.case, { caseId: created.id }))
  }
}
