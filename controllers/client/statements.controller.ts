import type { RequestHandler } from 'express'
import type { ClientSummary } from '../../models/client.model.ts'
import { MAX_FILTER_MONTHS } from '../../services/account/statement-periods.ts'
import type { StatementService } from '../../services/account/statements.ts'
import { addMonths } from '../../services/rules/calendar.ts'
import { formatErrors, emptyFormErrors } from '../../services/validation/form-errors.ts'
import { checkStatementDates, type StatementDatesInput } from '../../services/validation/statement-dates.ts'

const fields = ['from-day', 'from-month', 'from-year', 'to-day', 'to-month', 'to-year'] as const

function dateFields(prefix: 'from' | 'to', isoDate: string) {
  const [year, month, day] = isoDate.split('-')
  return {
    [`${prefix}-day`]: String(Number(day)),
    [`${prefix}-month`]: String(Number(month)),
    [`${prefix}-year`]: year,
  }
}

/**
 * "View copies of my statements", filtered by a from and to date (a GET form: the dates are in the
 * address, so a list can be bookmarked). With no dates asked for, the last 12 months.
 */
export function get(statements: StatementService): RequestHandler {
  return async (req, res) => {
    const client = res.locals.client as ClientSummary
    const today = statements.today()
    const asked = fields.some(field => req.query[field] !== undefined)
    const values = (
      asked
        ? Object.fromEntries(fields.map(field => [field, typeof req.query[field] === 'string' ? req.query[field] : '']))
        : { ...dateFields('from', addMonths(today, -MAX_FILTER_MONTHS)), ...dateFields('to', today) }
    ) as StatementDatesInput
    const checked = checkStatementDates(values, today)
    if (!checked.period) {
      res.status(400).render('pages/client/statements', {
        values,
        errors: formatErrors(checked.errors, req.t),
        copies: null,
      })
      return
    }
    res.render('pages/client/statements', {
      values,
      errors: emptyFormErrors(),
      copies: await statements.copiesBetween(client.id, checked.period),
    })
  }
}
