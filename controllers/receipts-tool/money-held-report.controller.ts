import type { RequestHandler } from 'express'
import { addDays } from '../../services/rules/calendar.ts'
import { ukCalendarDate } from '../../services/format/dates.ts'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { moneyHeldCsv, moneyHeldRows } from '../../services/receipts-tool/reports.ts'
import { emptyFormErrors } from '../../services/validation/form-errors.ts'
import { validateDays } from '../../services/validation/receipts-tool/reports.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'

const VIEW = 'pages/receipts-tool/money-held-report'
const DEFAULT_DAYS = '28'

/** Cases holding money received more than a number of days ago (paid out oldest first), as a table or CSV. */
export function get(tool: Pick<ReceiptsTool, 'ledger' | 'clock'>): RequestHandler {
  return async (req, res) => {
    const { values, errors, days } = validateDays({ days: DEFAULT_DAYS, ...(req.query as Record<string, unknown>) })
    if (days === undefined) {
      res.status(400).render(VIEW, { values, errors: staffFormErrors(errors) })
      return
    }
    const cutOff = addDays(ukCalendarDate(tool.clock.now()), -days)
    const [entries, balances] = await Promise.all([tool.ledger.all(), tool.ledger.balances()])
    const rows = moneyHeldRows(entries, balances, cutOff)
    if (req.query.format === 'csv') {
      res.attachment(`money-held-over-${days}-days.csv`).type('text/csv; charset=utf-8').send(moneyHeldCsv(rows, days))
      return
    }
    const totalPence = rows.reduce((sum, row) => sum + row.heldLongerPence, 0)
    res.render(VIEW, { values, days, cutOff, rows, totalPence, errors: emptyFormErrors() })
  }
}
