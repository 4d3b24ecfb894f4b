import type { ClientCase, ClientCases } from '../../models/client-cases.model.ts'
import type { ClientStatements, StatementEntries } from '../../models/client-statements.model.ts'
import type { Clock } from '../clock.ts'
import { ukCalendarDate } from '../format/dates.ts'
import type { Translate } from '../i18n.ts'
import { receivingParentFee } from '../rules/collection-charges.ts'
import { statementFigures, type StatementFigures, type StatementTransaction } from '../statements/statement-figures.ts'
import {
  currentStatementPeriod,
  hasStatement,
  isMonth,
  monthPeriod,
  statementMonths,
  type Period,
} from './statement-periods.ts'

export interface Statement {
  case: ClientCase
  period: Period
  /** Every transaction in the period, with the balance after each. */
  figures: StatementFigures
  openingBalancePence: number
  transactions: StatementTransaction[]
}

export interface StatementCopy {
  case: ClientCase
  month: string
  period: Period
}

/**
 * The transactions a client sees on a case: as the paying parent, what fell due (with the collection
 * charge) and what they paid; as the receiving parent, what is due to them (after the collection
 * fee) and what was paid to them.
 */
export function transactionsOf(
  role: ClientCase['role'],
  entries: StatementEntries,
  t: Translate,
): StatementTransaction[] {
  const paying = role === 'paying_parent'
  const due = entries.dueItems.map(item => ({
    date: item.date,
    description: t(paying ? 'statements:lines.dueFromYou' : 'statements:lines.dueToYou'),
    amountDuePence: paying
      ? item.maintenancePence + item.collectionChargePence
      : item.maintenancePence - receivingParentFee(item.maintenancePence, 'collect_and_pay'),
    amountPaidPence: 0,
  }))
  const money = entries.money.map(entry => ({
    date: entry.date,
    description: paying
      ? t('statements:lines.paidByYou', { method: t(`clientMoney:methods.${entry.method}`) })
      : t('statements:lines.paidToYou'),
    amountDuePence: 0,
    amountPaidPence: entry.amountPence,
  }))
  return [...due, ...money]
}

/** A client's statements: the current one, copies by month, and the list of copies between dates. */
export class StatementService {
  constructor(
    private readonly cases: ClientCases,
    private readonly entries: ClientStatements,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return ukCalendarDate(this.clock.now())
  }

  async statementCases(clientId: number): Promise<ClientCase[]> {
    return (await this.cases.casesFor(clientId)).filter(item => item.serviceType === 'collect_and_pay')
  }

  private async build(clientId: number, found: ClientCase, period: Period, t: Translate): Promise<Statement> {
    const all = transactionsOf(found.role, await this.entries.statementEntries(clientId, found.id, period.to), t)
    const before = all.filter(line => line.date < period.from)
    const openingBalancePence = before.reduce((total, line) => total + line.amountDuePence - line.amountPaidPence, 0)
    const transactions = all.filter(line => line.date >= period.from)
    return {
      case: found,
      period,
      figures: statementFigures(openingBalancePence, transactions),
      openingBalancePence,
      transactions,
    }
  }

  /** The current statement for a case (the first when none is chosen); undefined when the case is not theirs. */
  async current(clientId: number, caseId: number | undefined, t: Translate): Promise<Statement | undefined> {
    const cases = await this.statementCases(clientId)
    const found = caseId === undefined ? cases[0] : cases.find(item => item.id === caseId)
    return found ? this.build(clientId, found, currentStatementPeriod(this.today()), t) : undefined
  }

  /** A month's statement copy; undefined when the case is not theirs or the month has no statement. */
  async copy(clientId: number, caseId: number, month: string, t: Translate): Promise<Statement | undefined> {
    if (!isMonth(month)) return undefined
    const found = (await this.statementCases(clientId)).find(item => item.id === caseId)
    if (!found || !hasStatement(month, found.caseStartDate, this.today())) return undefined
    return this.build(clientId, found, monthPeriod(month), t)
  }

  /** The statement copies between two dates, newest first, across the client's cases. */
  async copiesBetween(clientId: number, within: Period): Promise<StatementCopy[]> {
    const today = this.today()
    const copies = (await this.statementCases(clientId)).flatMap(found =>
      statementMonths(found.caseStartDate, today, within).map(month => ({
        case: found,
        month,
        period: monthPeriod(month),
      })),
    )
    return copies.sort((a, b) => b.month.localeCompare(a.month) || a.case.caseNumber.localeCompare(b.case.caseNumber))
  }
}
