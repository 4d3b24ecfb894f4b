import type { RequestHandler } from 'express'
import { pathTo, receiptsToolPaths as paths } from '../../routes/paths.ts'
import { formatMoney } from '../../services/format/money.ts'
import { ukCalendarDate } from '../../services/format/dates.ts'
import { receiptMethods } from '../../services/receipts-tool/case-money.ts'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { emptyFormErrors } from '../../services/validation/form-errors.ts'
import { validateReceipt } from '../../services/validation/receipts-tool/money.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { actorOf, caseFrom, notFound } from './lookups.ts'

const VIEW = 'pages/receipts-tool/record-receipt'

/** Record money received for a case. */
export function get(tool: Pick<ReceiptsTool, 'cases'>): RequestHandler {
  return async (req, res) => {
    const exceptionalCase = await caseFrom(req, tool)
    res.render(VIEW, {
      exceptionalCase,
      methods: receiptMethods,
      values: { dateReceived: {} },
      errors: emptyFormErrors(),
    })
  }
}

export function post(tool: Pick<ReceiptsTool, 'cases' | 'money' | 'clock'>): RequestHandler {
  return async (req, res) => {
    const exceptionalCase = await caseFrom(req, tool)
    const { values, errors, receipt } = validateReceipt(
      req.body as Record<string, unknown>,
      ukCalendarDate(tool.clock.now()),
    )
    if (!receipt) {
      res
        .status(400)
        .render(VIEW, { exceptionalCase, methods: receiptMethods, values, errors: staffFormErrors(errors) })
      return
    }
    if ((await tool.money.recordReceipt(actorOf(req), exceptionalCase.id, receipt)) === undefined) throw notFound()
    req.session.flash = `Receipt of ${formatMoney(receipt.amountPence)} recorded`
    res.redirect(pathTo(paths.case, { caseId: exceptionalCase.id }))
  }
}
