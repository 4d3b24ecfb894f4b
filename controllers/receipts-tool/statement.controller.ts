import type { RequestHandler } from 'express'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { buildStatement, statementCsv } from '../../services/receipts-tool/statement.ts'
import { statementPdf } from '../../services/receipts-tool/statement-pdf.ts'
import { caseFrom } from './lookups.ts'

/** The case statement: every entry with the balance held after it, as a page, a CSV file or a PDF. */
export function get(tool: Pick<ReceiptsTool, 'cases' | 'ledger' | 'clock'>): RequestHandler {
  return async (req, res) => {
    const exceptionalCase = await caseFrom(req, tool)
    const statement = buildStatement(exceptionalCase, await tool.ledger.entriesOf(exceptionalCase.id))
    const fileName = `statement-${exceptionalCase.caseReference}`
    if (req.query.format === 'csv') {
      res.attachment(`${fileName}.csv`).type('text/csv; charset=utf-8').send(statementCsv(statement))
      return
    }
    if (req.query.format === 'pdf') {
      res
        .attachment(`${fileName}.pdf`)
        .type('application/pdf')
        .send(await statementPdf(statement, tool.clock.now()))
      return
    }
    res.render('pages/receipts-tool/statement', { statement, exceptionalCase })
  }
}
