import type { Request } from 'express'

/** The :caseId in the address as a number, or undefined when it is not one (which is then a 404). */
export function caseIdFromPath(req: Request): number | undefined {
  const raw = req.params.caseId
  return typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : undefined
}

/** The ?case= in a query string as a number; undefined when absent, NaN when it is not a number. */
export function caseIdFromQuery(req: Request): number | undefined {
  const raw = req.query.case
  if (raw === undefined) return undefined
  return typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN
}
