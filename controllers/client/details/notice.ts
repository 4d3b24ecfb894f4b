import type { Request } from 'express'

/** Remembers an "updated" banner for the page the client is sent to next. */
export function setNotice(req: Request, key: string): void {
  req.session.detailsNotice = key
}

/** The banner waiting to be shown, shown once. */
export function takeNotice(req: Request): string | null {
  const key = req.session.detailsNotice ?? null
  delete req.session.detailsNotice
  return key
}
