import type { RequestHandler } from 'express'
import { takeFlash } from '../../middleware/staff-status.ts'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import {
  caseTypeNames,
  frequencyNames,
  missingIdentifierNames,
} from '../../services/receipts-tool/exceptional-cases.ts'
import { buildStatement } from '../../services/receipts-tool/statement.ts'
import { caseFrom } from './lookups.ts'

/** One exceptional case: its details, children, balance held and every ledger entry. */
export function get(tool: Pick<ReceiptsTool, 'cases' | 'ledger'>): RequestHandler {
  return async (req, res) => {
    const exceptionalCase = await caseFrom(req, tool)
    const [children, entries] = await Promise.all([
      tool.cases.childrenOf(exceptionalCase.id),
      tool.ledger.entriesOf(exceptionalCase.id),
    ])
    res.render('pages/receipts-tool/case', {
      exceptionalCase,
      children,
      statement: buildStatement(exceptionalCase, entries),
      caseTypeName: caseTypeNames[exceptionalCase.caseType],
      missingNames: exceptionalCase.missingIdentifiers.map(code => missingIdentifierNames[code] ?? code),
      frequencyName: frequencyNames[exceptionalCase.maintenanceFrequency],
      flash: takeFlash(req),
    })
  }
}
