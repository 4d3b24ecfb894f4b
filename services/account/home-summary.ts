import type { ClientCase, ClientCases } from '../../models/client-cases.model.ts'
import type { ClientMoney, PaymentDue, PaymentMade } from '../../models/client-money.model.ts'
import type { Clock } from '../clock.ts'
import { ukCalendarDate } from '../format/dates.ts'
import { addDays, addMonths } from '../rules/calendar.ts'
import { accountStatus, maintenancePartOf, type AccountStatus } from './account-status.ts'

/** The home page shows the three latest payments of the last 12 months and the next three due. */
export const HOME_PAYMENTS_SHOWN = 3
export const RECENT_PAYMENT_MONTHS = 12

export interface PayingParentHome {
  /** Whether any case collects through the service (payment information and "Make a payment"). */
  collectAndPay: boolean
  recentPayments: PaymentMade[]
  nextPayments: PaymentDue[]
  status: AccountStatus
}

export interface ExpectedPayment {
  caseId: number
  /** The children's first names. */
  children: string[]
  collectionDate: string | null
  amountDuePence: number
  totalOwedPence: number
}

export interface ReceivingParentHome {
  collectAndPay: boolean
  expected: ExpectedPayment[]
}

export interface HomeSummary {
  payingParent: PayingParentHome | null
  receivingParent: ReceivingParentHome | null
  /** Some case is Direct Pay: the page says why its payments are not shown. */
  hasDirectPayCase: boolean
}

const isCollectAndPay = (item: ClientCase) => item.serviceType === 'collect_and_pay'

/** What the signed-in home page shows for each role the client holds. */
export class HomeSummaries {
  constructor(
    private readonly cases: ClientCases,
    private readonly money: ClientMoney,
    private readonly clock: Clock,
  ) {}

  async forClient(clientId: number): Promise<HomeSummary> {
    const today = ukCalendarDate(this.clock.now())
    const cases = await this.cases.casesFor(clientId)
    const paying = cases.filter(item => item.role === 'paying_parent')
    const receiving = cases.filter(item => item.role === 'receiving_parent')
    const caseMoney = await this.money.caseMoneyUpTo(clientId, today)
    const balanceOf = (caseId: number) => {
      const money = caseMoney.get(caseId)
      return money ? money.duePence - money.paidPence : 0
    }
    return {
      payingParent: paying.length > 0 ? await this.payingParent(clientId, paying, today, balanceOf) : null,
      receivingParent: receiving.length > 0 ? await this.receivingParent(clientId, receiving, today, balanceOf) : null,
      hasDirectPayCase: cases.some(item => !isCollectAndPay(item)),
    }
  }

  private async payingParent(
    clientId: number,
    cases: ClientCase[],
    today: string,
    balanceOf: (caseId: number) => number,
  ): Promise<PayingParentHome> {
    const collected = cases.filter(isCollectAndPay)
    const [recentPayments, nextPayments] = await Promise.all([
      this.money.paymentsMadeSince(clientId, addMonths(today, -RECENT_PAYMENT_MONTHS), HOME_PAYMENTS_SHOWN),
      this.money.paymentsDueFrom(clientId, addDays(today, 1), HOME_PAYMENTS_SHOWN),
    ])
    const balance = collected.reduce((total, item) => total + balanceOf(item.id), 0)
    return { collectAndPay: collected.length > 0, recentPayments, nextPayments, status: accountStatus(balance) }
  }

  private async receivingParent(
    clientId: number,
    cases: ClientCase[],
    today: string,
    balanceOf: (caseId: number) => number,
  ): Promise<ReceivingParentHome> {
    const collected = cases.filter(isCollectAndPay)
    const nextDue = await this.money.nextDueByCase(clientId, addDays(today, 1))
    const expected = collected.map(item => {
      const next = nextDue.get(item.id)
      const amountDuePence = next?.maintenancePence ?? 0
      return {
        caseId: item.id,
        children: item.children.map(child => child.firstName),
        collectionDate: next?.dueDate ?? null,
        amountDuePence,
        totalOwedPence: amountDuePence + maintenancePartOf(balanceOf(item.id)),
      }
    })
    return { collectAndPay: collected.length > 0, expected }
  }
}
