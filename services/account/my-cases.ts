import type { CalculationForClient, ClientCase, ClientCases } from '../../models/client-cases.model.ts'
import type { ClientMoney, PaymentMade } from '../../models/client-money.model.ts'
import type { Clock } from '../clock.ts'
import { ukCalendarDate } from '../format/dates.ts'
import { addDays } from '../rules/calendar.ts'
import { caseYearStart } from './payment-plan.ts'

export interface CaseDetails extends ClientCase {
  caseYearStart: string
  /** The next amount due on a Collect & Pay case: with the charge for the paying parent, maintenance for the receiving parent. */
  amountDuePence: number | null
  lastPayment: PaymentMade | null
}

export interface CaseCalculations {
  case: ClientCase
  /** The calculation in force today, if any. */
  current: CalculationForClient | undefined
  /** Every calculation, newest first. */
  history: CalculationForClient[]
  /** Income and other relevant children are the paying parent's own details: shown to them only. */
  showPayingParentDetails: boolean
}

/** The "My cases" pages: each case's details, its maintenance calculations and annual reviews. */
export class MyCases {
  constructor(
    private readonly cases: ClientCases,
    private readonly money: ClientMoney,
    private readonly clock: Clock,
  ) {}

  async detailsFor(clientId: number): Promise<CaseDetails[]> {
    const today = ukCalendarDate(this.clock.now())
    const [cases, nextDue, lastPayments] = await Promise.all([
      this.cases.casesFor(clientId),
      this.money.nextDueByCase(clientId, addDays(today, 1)),
      this.money.lastPaymentByCase(clientId, today),
    ])
    return cases.map(item => {
      const next = nextDue.get(item.id)
      const amountDuePence = next ? (item.role === 'paying_parent' ? next.amountPence : next.maintenancePence) : null
      return {
        ...item,
        caseYearStart: caseYearStart(item.annualReviewDate),
        amountDuePence,
        lastPayment: lastPayments.get(item.id) ?? null,
      }
    })
  }

  /** A case's calculations, or undefined when the case is not the client's. */
  async calculationsFor(clientId: number, caseId: number): Promise<CaseCalculations | undefined> {
    const found = await this.cases.caseFor(clientId, caseId)
    if (!found) return undefined
    const today = ukCalendarDate(this.clock.now())
    const history = await this.cases.calculationsFor(clientId, caseId)
    return {
      case: found,
      current: history.find(calculation => calculation.effectiveDate <= today),
      history,
      showPayingParentDetails: found.role === 'paying_parent',
    }
  }

  /** Annual reviews on every case, newest first, with each case's next review date. */
  async annualReviewsFor(
    clientId: number,
  ): Promise<Array<{ case: ClientCase; reviews: CalculationForClient[]; nextReviewDate: string }>> {
    const cases = await this.cases.casesFor(clientId)
    return Promise.all(
      cases.map(async item => ({
        case: item,
        reviews: (await this.cases.calculationsFor(clientId, item.id)).filter(
          calculation => calculation.reason === 'annual_review',
        ),
        nextReviewDate: item.annualReviewDate,
      })),
    )
  }
}
