import type { RequestHandler } from 'express'
import { receiptsToolPaths as paths } from '../../routes/paths.ts'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { entryTotals, receiptsAndPaymentsCsv } from '../../services/receipts-tool/reports.ts'
import { emptyFormErrors, type FieldError } from '../../services/validation/form-errors.ts'
import { validateDateRange } from '../../services/validation/receipts-tool/reports.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'

const VIEW = 'pages/receipts-tool/receipts-and-payments-report'

/** Receipts and payments by date range, for every case or one case, as a table or CSV. */
export function get(tool: Pick<ReceiptsTool, 'cases' | 'ledger'>): RequestHandler {
  return async (req, res) => {
    const query = req.query as Record<string, unknown>
    if (query['from-day'] === undefined && query['to-day'] === undefined) {
      res.render(VIEW, { values: { from: {}, to: {} }, errors: emptyFormErrors() })
      return
    }
    const { values, errors, range } = validateDateRange(query)
    const found = values.caseReference === '' ? undefined : await tool.cases.findByReference(values.caseReference)
    if (values.caseReference !== '' && !found) {
      const error: FieldError = {
        field: 'caseReference',
        key: `There is no case with the reference ${values.caseReference}`,
      }
      errors.push(error)
    }
    if (!range || errors.length > 0) {
      res.status(400).render(VIEW, { values, errors: staffFormErrors(errors) })
      return
    }
    const entries = await tool.ledger.between(range.from, range.to, found?.id)
    if (query.format === 'csv') {
      res
        .attachment(`receipts-and-payments-${range.from}-to-${range.to}.csv`)
        .type('text/csv; charset=utf-8')
        .send(receiptsAndPaymentsCsv(entries))
      return
    }
    const csvQuery = new URLSearchParams({
      'from-day': values.from.day,
      'from-month': values.from.month,
      'from-year': values.from.year,
      'to-day': values.to.day,
      'to-month': values.to.month,
      'to-year': values.to.year,
      caseReference: values.caseReference,
      format: 'csv',
    })
    const csvUrl = `${paths.receiptsAndPaymentsReport}?${csvQuery.toString()}`
    res.render(VIEW, { values, range, entries, totals: entryTotals(entries), csvUrl, errors: emptyFormErrors() })
  }
}
