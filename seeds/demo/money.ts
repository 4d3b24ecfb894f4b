import { addDays, addMonths } from '../../services/rules/calendar.ts'
import { payingParentCharge, receivingParentFee, weeklyToMonthly } from '../../services/rules/collection-charges.ts'
import type { DemoCalculation, DemoCase } from './cases.ts'

/** How far back the demo payment history and payment plan go, and how far ahead the plan runs. */
export const HISTORY_MONTHS = 24
export const PLAN_AHEAD_MONTHS = 12
/** Days between money arriving from the paying parent and it being paid on to the receiving parent. */
export const PAY_ON_DAYS = 4

export interface ScheduleRow {
  dueDate: string
  amountPence: number
  collectionChargePence: number
}

export interface LedgerRow {
  direction: 'in' | 'out'
  amountPence: number
  transactionDate: string
  entryType: 'collected' | 'paid_on' | 'card_payment'
  method?: string
}

function calculationOn(demoCase: DemoCase, date: string): DemoCalculation {
  let current = demoCase.calculations[0]!
  for (const calculation of demoCase.calculations) {
    if (addMonths(demoCase.caseStartDate, calculation.monthsAfterStart) <= date) current = calculation
  }
  return current
}

function firstDueDateOnOrAfter(date: string, paymentDay: number): string {
  const [year, month] = date.split('-')
  const candidate = `${year}-${month}-${String(paymentDay).padStart(2, '0')}`
  return candidate >= date ? candidate : addMonths(candidate, 1)
}

/** Monthly due dates from the later of the case start and the history window, to a year ahead. */
export function paymentSchedule(demoCase: DemoCase, today: string): ScheduleRow[] {
  const windowStart = addMonths(today, -HISTORY_MONTHS)
  const start = demoCase.caseStartDate > windowStart ? demoCase.caseStartDate : windowStart
  const end = addMonths(today, PLAN_AHEAD_MONTHS)
  const rows: ScheduleRow[] = []
  for (let due = firstDueDateOnOrAfter(start, demoCase.paymentDay); due <= end; due = addMonths(due, 1)) {
    const amountPence = weeklyToMonthly(calculationOn(demoCase, due).weeklyAmountPence)
    rows.push({
      dueDate: due,
      amountPence,
      collectionChargePence: payingParentCharge(amountPence, demoCase.serviceType),
    })
  }
  return rows
}

/**
 * Money collected from the paying parent on each past due date (except the missed ones) and paid on
 * to the receiving parent a few days later, less the receiving parent's collection fee.
 */
export function ledgerHistory(demoCase: DemoCase, schedule: ScheduleRow[], today: string): LedgerRow[] {
  if (demoCase.serviceType !== 'collect_and_pay') return []
  const past = schedule.filter(row => row.dueDate <= today)
  const rows: LedgerRow[] = []
  past.forEach((row, index) => {
    const countBack = past.length - index
    if (demoCase.missedPayments.includes(countBack)) return
    rows.push({
      direction: 'in',
      amountPence: row.amountPence + row.collectionChargePence,
      transactionDate: row.dueDate,
      entryType: 'collected',
    })
    const payOnDate = addDays(row.dueDate, PAY_ON_DAYS)
    if (payOnDate <= today) {
      const fee = receivingParentFee(row.amountPence, demoCase.serviceType)
      rows.push({
        direction: 'out',
        amountPence: row.amountPence - fee,
        transactionDate: payOnDate,
        entryType: 'paid_on',
      })
    }
  })
  for (const payment of demoCase.cardPayments ?? []) {
    const paidOn = addDays(today, -payment.daysAgo)
    rows.push({
      direction: 'in',
      amountPence: payment.amountPence,
      transactionDate: paidOn,
      entryType: 'card_payment',
      method: 'debit_card',
    })
    const fee = receivingParentFee(payment.amountPence, demoCase.serviceType)
    rows.push({
      direction: 'out',
      amountPence: payment.amountPence - fee,
      transactionDate: addDays(paidOn, PAY_ON_DAYS),
      entryType: 'paid_on',
    })
  }
  return rows.sort((a, b) => a.transactionDate.localeCompare(b.transactionDate))
}
