import type { RequestHandler } from 'express'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { balancesCsv, balanceTotals } from '../../services/receipts-tool/reports.ts'

/** The balance held on every case, as a table or CSV. */
export function get(tool: Pick<ReceiptsTool, 'ledger'>): RequestHandler {
  return async (req, res) => {
    const balances = await tool.ledger.balances()
    if (req.query.format === 'csv') {
      res.attachment('balances.csv').type('text/csv; charset=utf-8').send(balancesCsv(balances))
      return
    }
    res.render('pages/receipts-tool/balances-report', { balances, totals: balanceTotals(balances) })
  }
}
