/*
 * Collection charges on Collect & Pay cases: the paying parent pays 20% on top of the maintenance
 * due, and 4% is taken from what the receiving parent is paid. Direct Pay cases have no charges.
 */
export const PAYING_PARENT_CHARGE_PERCENT = 20
export const RECEIVING_PARENT_FEE_PERCENT = 4

export type ServiceType = 'collect_and_pay' | 'direct_pay'

export function payingParentCharge(amountPence: number, serviceType: ServiceType): number {
  return serviceType === 'collect_and_pay' ? Math.round((amountPence * PAYING_PARENT_CHARGE_PERCENT) / 100) : 0
}

export function receivingParentFee(amountPence: number, serviceType: ServiceType): number {
  return serviceType === 'collect_and_pay' ? Math.round((amountPence * RECEIVING_PARENT_FEE_PERCENT) / 100) : 0
}

/** A weekly amount as the equivalent monthly amount, in whole pence. */
export function weeklyToMonthly(weeklyPence: number): number {
  return Math.round((weeklyPence * 52) / 12)
}
