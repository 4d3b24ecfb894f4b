import type { Request, RequestHandler } from 'express'
import { pathTo, receiptsToolPaths as paths } from '../../routes/paths.ts'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { entryTypeName } from '../../services/receipts-tool/case-money.ts'
import { emptyFormErrors } from '../../services/validation/form-errors.ts'
import { validateReversal } from '../../services/validation/receipts-tool/money.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { actorOf, caseFrom, idParam, notFound } from './lookups.ts'

const VIEW = 'pages/receipts-tool/reverse-entry'

async function entryFrom(req: Request, tool: Pick<ReceiptsTool, 'cases' | 'ledger'>) {
  const exceptionalCase = await caseFrom(req, tool)
  const entryId = idParam(req, 'entryId')
  const entry = entryId === undefined ? undefined : await tool.ledger.find(exceptionalCase.id, entryId)
  if (entry?.reversesEntryId !== null) throw notFound()
  return { exceptionalCase, entry, entryName: entryTypeName(entry.entryType, entry.amountPence) }
}

/** Correct a receipt or payment by reversing it with a reason: a new entry, the original kept as it was. */
export function get(tool: Pick<ReceiptsTool, 'cases' | 'ledger'>): RequestHandler {
  return async (req, res) => {
    res.render(VIEW, { ...(await entryFrom(req, tool)), values: {}, errors: emptyFormErrors() })
  }
}

export function post(tool: Pick<ReceiptsTool, 'cases' | 'ledger' | 'money'>): RequestHandler {
  return async (req, res) => {
    const found = await entryFrom(req, tool)
    const { values, errors } = validateReversal(req.body as Record<string, unknown>)
    if (errors.length === 0) {
      const outcome = await tool.money.reverse(actorOf(req), found.exceptionalCase.id, found.entry.id, values.reason)
      if (outcome === 'notFound' || outcome === 'isReversal') throw notFound()
      if (outcome === 'reversed') {
        req.session.flash = `The ${found.entryName.toLowerCase()} has been reversed`
        res.redirect(pathTo(paths.case, { caseId: found.exceptionalCase.id }))
        return
      }
      errors.push({ field: 'reason', key: `This ${found.entryName.toLowerCase()} has already been reversed` })
    }
    res.status(400).render(VIEW, { ...found, values, errors: staffFormErrors(errors) })
  }
}
