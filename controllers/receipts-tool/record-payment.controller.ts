import type { Request, RequestHandler, Response } from 'express'
import type { ExceptionalCase } from '../../models/exceptional-case.model.ts'
import { pathTo, receiptsToolPaths as paths } from '../../routes/paths.ts'
import { formatMoney } from '../../services/format/money.ts'
import { ukCalendarDate } from '../../services/format/dates.ts'
import { paymentMethods } from '../../services/receipts-tool/case-money.ts'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { emptyFormErrors, type FormErrors } from '../../services/validation/form-errors.ts'
import { validatePayment } from '../../services/validation/receipts-tool/money.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { actorOf, caseFrom, notFound } from './lookups.ts'

const VIEW = 'pages/receipts-tool/record-payment'

/** Only a staff member holding a System Administrator profile may pay more than the balance held. */
function mayOverride(res: Response): boolean {
  return (res.locals.heldRoles as string[]).includes('system_administrator')
}

async function render(
  tool: Pick<ReceiptsTool, 'ledger'>,
  req: Request,
  res: Response,
  exceptionalCase: ExceptionalCase,
  values: Record<string, unknown>,
  errors: FormErrors,
): Promise<void> {
  res.status(errors.errorSummary.length > 0 ? 400 : 200).render(VIEW, {
    exceptionalCase,
    balancePence: await tool.ledger.balanceOf(exceptionalCase.id),
    methods: paymentMethods,
    mayOverride: mayOverride(res),
    values,
    errors,
  })
}

/** Record money paid out to the receiving parent, no more than the balance held unless an administrator overrides. */
export function get(tool: Pick<ReceiptsTool, 'cases' | 'ledger'>): RequestHandler {
  return async (req, res) => {
    await render(tool, req, res, await caseFrom(req, tool), { datePaid: {} }, emptyFormErrors())
  }
}

export function post(tool: Pick<ReceiptsTool, 'cases' | 'ledger' | 'money' | 'clock'>): RequestHandler {
  return async (req, res) => {
    const exceptionalCase = await caseFrom(req, tool)
    const today = ukCalendarDate(tool.clock.now())
    const { values, errors, payment } = validatePayment(req.body as Record<string, unknown>, today, mayOverride(res))
    if (!payment) {
      await render(tool, req, res, exceptionalCase, values, staffFormErrors(errors))
      return
    }
    const result = await tool.money.recordPayment(actorOf(req), exceptionalCase.id, payment)
    if (result.outcome === 'caseNotFound') throw notFound()
    if (result.outcome === 'overBalance') {
      const key = `Amount must not be more than the balance held of ${formatMoney(result.balancePence)}`
      await render(tool, req, res, exceptionalCase, values, staffFormErrors([{ field: 'amount', key }]))
      return
    }
    req.session.flash = `Payment of ${formatMoney(payment.amountPence)} recorded`
    res.redirect(pathTo(paths.case, { caseId: exceptionalCase.id }))
  }
}
