import type { i18n } from 'i18next'
import type { Request, RequestHandler, Response } from 'express'
import type { ClientSummary } from '../../models/client.model.ts'
import { pathTo, type ClientUrls, type Region } from '../../routes/paths.ts'
import { clientStatementPdf, statementFileName } from '../../services/account/statement-document.ts'
import type { StatementService } from '../../services/account/statements.ts'
import { caseIdFromPath, caseIdFromQuery } from './case-from-path.ts'

function who(res: Response) {
  return { client: res.locals.client as ClientSummary, region: res.locals.region as Region }
}

/** "View my current online statement": the last three months of a case, with the running balance. */
export function getCurrent(statements: StatementService): RequestHandler {
  return async (req, res, next) => {
    const { client } = who(res)
    const caseId = caseIdFromQuery(req)
    const statement = await statements.current(client.id, caseId, req.t)
    if (!statement && caseId !== undefined) {
      next()
      return
    }
    res.render('pages/client/statement', {
      statement,
      current: true,
      cases: await statements.statementCases(client.id),
    })
  }
}

/** The month's statement copy named in the URL and its PDF, built from the same figures; undefined when not the client's. */
async function copyWithPdf(req: Request, res: Response, statements: StatementService, i18next: i18n) {
  const { client, region } = who(res)
  const caseId = caseIdFromPath(req)
  const month = String(req.params.month)
  const statement = caseId === undefined ? undefined : await statements.copy(client.id, caseId, month, req.t)
  if (!statement) return undefined
  const pdf = await clientStatementPdf(
    statement,
    client,
    { language: req.language, region, producedOn: statements.today() },
    i18next,
  )
  return { statement, month, pdf }
}

/** A statement copy for one month, with its PDF's type and size on the download link. */
export function getCopy(statements: StatementService, i18next: i18n): RequestHandler {
  return async (req, res, next) => {
    const copy = await copyWithPdf(req, res, statements, i18next)
    if (!copy) {
      next()
      return
    }
    const { statement, month, pdf } = copy
    res.render('pages/client/statement', {
      statement,
      current: false,
      pdf: {
        href: pathTo((res.locals.urls as ClientUrls).statementPdf, { caseId: statement.case.id, month }),
        bytes: pdf.length,
      },
    })
  }
}

/** The statement copy as a PDF download, built from the same figures as its page. */
export function getPdf(statements: StatementService, i18next: i18n): RequestHandler {
  return async (req, res, next) => {
    const copy = await copyWithPdf(req, res, statements, i18next)
    if (!copy) {
      next()
      return
    }
    res.set('Content-Type', 'application/pdf')
    res.set('Content-Disposition', `attachment; filename="${statementFileName(copy.statement, copy.month)}"`)
    res.send(copy.pdf)
  }
}
