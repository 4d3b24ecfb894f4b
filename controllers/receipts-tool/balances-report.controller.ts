import type { RequestHandler } from 'express'
import type { CaseBalance } from '../../models/exceptional-ledger.model.ts'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { penceAsPounds, toCsv } from '../../services/receipts-tool/csv.ts'

function totalsOf(balances: CaseBalance[]) {
  return balances.reduce(
    (totals, row) => ({
      receivedPence: totals.receivedPence + row.receivedPence,
      paidPence: totals.paidPence + row.paidPence,
      balancePence: totals.balancePence + row.balancePence,
    }),
    { receivedPence: 0, paidPence: 0, balancePence: 0 },
  )
}

/** The balance held on every case, as a table or CSV. */
export function get(tool: Pick<ReceiptsTool, 'ledger'>): RequestHandler {
  return async (req, res) => {
    const balances = await tool.ledger.balances()
    const totals = totalsOf(balances)
    if (req.query.format === 'csv') {
      const rows = balances.map(row => [
        row.caseReference,
        row.payingParentName,
        row.receivingParentName,
        penceAsPounds(row.receivedPence),
        penceAsPounds(row.paidPence),
        penceAsPounds(row.balancePence),
      ])
      rows.push([
        'Total',
        '',
        '',
        penceAsPounds(totals.receivedPence),
        penceAsPounds(totals.paidPence),
        penceAsPounds(totals.balancePence),
      ])
      const header = [
        'Case reference',
        'Paying parent',
        'Receiving parent',
        'Received (£)',
        'Paid out (£)',
        'Balance held (£)',
      ]
      res.attachment('balances.csv').type('text/csv; charset=utf-8').send(toCsv(header, rows))
      return
    }
    res.render('pages/receipts-tool/balances-report', { balances, totals })
  }
}
