import type { i18n } from 'i18next'
import type { ClientSummary } from '../../models/client.model.ts'
import type { Region } from '../../routes/paths.ts'
import type { Language } from '../i18n.ts'
import { renderStatementPdf } from '../statements/statement-pdf.ts'
import type { Statement } from './statements.ts'

/** A client's statement as a PDF, from the same figures the statement page shows. */
export function clientStatementPdf(
  statement: Statement,
  client: ClientSummary,
  options: { language: Language; region: Region; producedOn: string },
  i18next: i18n,
): Promise<Buffer> {
  return renderStatementPdf(
    {
      language: options.language,
      region: options.region,
      client: {
        name: `${client.firstName} ${client.lastName}`,
        customerReferenceNumber: client.customerReferenceNumber,
      },
      caseNumber: statement.case.caseNumber,
      period: statement.period,
      openingBalancePence: statement.openingBalancePence,
      transactions: statement.transactions,
      producedOn: options.producedOn,
    },
    i18next,
  )
}

/** The file name a statement downloads as. */
export function statementFileName(statement: Statement, month: string): string {
  return `statement-${statement.case.caseNumber}-${month}.pdf`
}
