import type { ClientCase, ClientCases } from '../../models/client-cases.model.ts'
import type { ClientMoney, PlanItem } from '../../models/client-money.model.ts'
import type { Clock } from '../clock.ts'
import { ukCalendarDate } from '../format/dates.ts'
import { addMonths } from '../rules/calendar.ts'
import { accountStatus, maintenancePartOf, type AccountStatus } from './account-status.ts'
import { pageWindow, type PageWindow } from './pagination.ts'

export const PLAN_ITEMS_PER_PAGE = 12

export interface PaymentPlan {
  case: ClientCase
  /** The client's other Collect & Pay cases, to switch between plans. */
  cases: ClientCase[]
  caseYearStart: string
  annualReviewDate: string
  /** What fell due less what was paid, to today: above zero is owed, below zero is in credit. */
  balancePence: number
  /** The balance as the paying parent reads it: owed, in credit or up to date. */
  status: AccountStatus
  /** For a receiving parent: the maintenance still owed to them on the case. */
  owedToYouPence: number
  items: PlanItem[]
  window: PageWindow
}

/** The case year that ends on the annual review date starts twelve months before it. */
export function caseYearStart(annualReviewDate: string): string {
  return addMonths(annualReviewDate, -12)
}

/** A client's payment plan for one of their Collect & Pay cases, a page at a time or whole (to print). */
export class PaymentPlans {
  constructor(
    private readonly cases: ClientCases,
    private readonly money: ClientMoney,
    private readonly clock: Clock,
  ) {}

  /** Collect & Pay cases the client is on, either role: the only ones with a plan the service runs. */
  async plannedCases(clientId: number): Promise<ClientCase[]> {
    return (await this.cases.casesFor(clientId)).filter(item => item.serviceType === 'collect_and_pay')
  }

  /**
   * The plan for the chosen case (the first when none is chosen), or undefined when the chosen
   * case is not one of the client's Collect & Pay cases. `page` undefined means every item.
   */
  async forCase(clientId: number, caseId: number | undefined, page: unknown): Promise<PaymentPlan | undefined> {
    const cases = await this.plannedCases(clientId)
    const chosen = caseId === undefined ? cases[0] : cases.find(item => item.id === caseId)
    if (!chosen) return undefined
    const today = ukCalendarDate(this.clock.now())
    const totals = await this.money.planTotals(clientId, chosen.id, today)
    const total = totals?.itemCount ?? 0
    const window =
      page === undefined ? pageWindow('1', total, Math.max(total, 1)) : pageWindow(page, total, PLAN_ITEMS_PER_PAGE)
    const balance = totals ? totals.money.duePence - totals.money.paidPence : 0
    return {
      case: chosen,
      cases,
      caseYearStart: caseYearStart(chosen.annualReviewDate),
      annualReviewDate: chosen.annualReviewDate,
      balancePence: balance,
      status: accountStatus(balance),
      owedToYouPence: maintenancePartOf(balance),
      items: await this.money.planItems(clientId, chosen.id, window),
      window,
    }
  }
}
