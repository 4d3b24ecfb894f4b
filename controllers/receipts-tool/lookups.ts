import type { Request } from 'express'
import type { ExceptionalCase } from '../../models/exceptional-case.model.ts'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'

/** An error the error handler shows as "Page not found". */
export function notFound(): Error {
  return Object.assign(new Error('Not found'), { status: 404 })
}

/** A whole-number route parameter, or undefined for anything else. */
export function idParam(req: Request, name: string): number | undefined {
  const value = req.params[name]
  return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : undefined
}

/** The case named in the URL; a missing or malformed id is a 404. */
export async function caseFrom(req: Request, tool: Pick<ReceiptsTool, 'cases'>): Promise<ExceptionalCase> {
  const caseId = idParam(req, 'caseId')
  const found = caseId === undefined ? undefined : await tool.cases.find(caseId)
  if (!found) throw notFound()
  return found
}

/** The signed-in staff member's ID (the guards have made sure there is one). */
export function actorOf(req: Request): string {
  return req.session.staff!.staffId
}
