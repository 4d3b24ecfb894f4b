import type { RequestHandler } from 'express'
import { addDays } from '../../services/rules/calendar.ts'
import { ukCalendarDate } from '../../services/format/dates.ts'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { penceAsPounds, toCsv } from '../../services/receipts-tool/csv.ts'
import { moneyHeld } from '../../services/receipts-tool/money-held.ts'
import { emptyFormErrors } from '../../services/validation/form-errors.ts'
import { validateDays } from '../../services/validation/receipts-tool/reports.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'

const VIEW = 'pages/receipts-tool/money-held-report'
const DEFAULT_DAYS = '28'

/** Cases holding money received more than a number of days ago (paid out oldest first), as a table or CSV. */
export function get(tool: Pick<ReceiptsTool, 'ledger' | 'clock'>): RequestHandler {
  return async (req, res) => {
    const query = { days: DEFAULT_DAYS, ...(req.query as Record<string, unknown>) }
    const { values, errors, days } = validateDays(query)
    if (days === undefined) {
      res.status(400).render(VIEW, { values, errors: staffFormErrors(errors) })
      return
    }
    const cutOff = addDays(ukCalendarDate(tool.clock.now()), -days)
    const [entries, balances] = await Promise.all([tool.ledger.all(), tool.ledger.balances()])
    const cases = new Map(balances.map(row => [row.caseId, row]))
    const rows = moneyHeld(entries, cutOff)
      .filter(row => row.heldLongerPence > 0)
      .map(row => ({ ...row, ...cases.get(row.caseId)! }))
      .sort((a, b) => a.caseReference.localeCompare(b.caseReference))
    const totalPence = rows.reduce((sum, row) => sum + row.heldLongerPence, 0)
    if (req.query.format === 'csv') {
      const header = [
        'Case reference',
        'Paying parent',
        'Receiving parent',
        'Balance held (£)',
        `Held longer than ${days} days (£)`,
        'Held since',
      ]
      const lines = rows.map(row => [
        row.caseReference,
        row.payingParentName,
        row.receivingParentName,
        penceAsPounds(row.balancePence),
        penceAsPounds(row.heldLongerPence),
        row.heldSince,
      ])
      lines.push(['Total', '', '', '', penceAsPounds(totalPence), ''])
      res.attachment(`money-held-over-${days}-days.csv`).type('text/csv; charset=utf-8').send(toCsv(header, lines))
      return
    }
    res.render(VIEW, { values, days, cutOff, rows, totalPence, errors: emptyFormErrors() })
  }
}
