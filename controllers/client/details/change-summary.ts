import type { Response } from 'express'
import { pathTo, type ClientUrls } from '../../../routes/paths.ts'
import type { Translate } from '../../../services/i18n.ts'
import type { PendingChange } from '../../../services/changes-of-circumstances/pending-change.ts'
import type {
  ChangeOfAddress,
  ChangeOfName,
  PostalAddress,
  ReportedChange,
} from '../../../services/changes-of-circumstances/requested-changes.ts'

export interface SummaryRow {
  key: string
  value: string
  /** Several lines (an address), shown one to a line. */
  lines?: string[]
  href: string
}

function addressLines(address: PostalAddress): string[] {
  return [address.line1, address.line2, address.town, address.county, address.postcode, address.country].filter(
    (line): line is string => Boolean(line),
  )
}

/** The rows of the check-answers page for a change not yet sent, each with the page where it can be changed. */
export function changeSummary(
  change: PendingChange,
  t: Translate,
  res: Response,
  extras: { caseLabel: string | null; fileNames: string[] },
): SummaryRow[] {
  const urls = res.locals.urls as ClientUrls
  if (change.requestType === 'change_of_name') {
    const name = change.requestedChange as ChangeOfName
    const href = urls.changeName
    return [
      { key: t('details:changeName.title'), value: name.title ?? t('details:notProvided'), href },
      { key: t('details:changeName.firstName'), value: name.firstName, href },
      { key: t('details:changeName.lastName'), value: name.lastName, href },
    ]
  }
  if (change.requestType === 'change_of_address') {
    const { addressType, address } = change.requestedChange as ChangeOfAddress
    const href = pathTo(urls.enterAddress, { addressType })
    return [
      { key: t('details:check.addressType'), value: t(`details:contact.${addressType}Address`), href },
      { key: t('details:check.newAddress'), value: '', lines: addressLines(address), href },
    ]
  }
  const reported = change.requestedChange as ReportedChange
  const href = pathTo(urls.reportChange, { changeType: change.requestType })
  const rows: SummaryRow[] = [
    { key: t('details:check.changeType'), value: t(`details:changes.types.${change.requestType}.label`), href },
    { key: t('details:report.case'), value: extras.caseLabel ?? t('details:report.allCases'), href },
  ]
  rows.push({ key: t('details:report.details'), value: reported.details, href })
  rows.push({
    key: t('details:report.evidence'),
    value: extras.fileNames.length === 0 ? t('details:report.noEvidence') : '',
    lines: extras.fileNames,
    href,
  })
  return rows
}
