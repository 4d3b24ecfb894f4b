import { PAYING_PARENT_CHARGE_PERCENT } from '../rules/collection-charges.ts'

/*
 * Rules for what the home page says about money on Collect & Pay cases. A balance is what fell due
 * (maintenance plus the collection charge) less what the paying parent paid: above zero they are
 * behind, below zero they have paid more than they agreed.
 */

export type AccountStatus =
  { kind: 'up_to_date' } | { kind: 'paid_more'; pence: number } | { kind: 'behind'; pence: number }

export function accountStatus(balancePence: number): AccountStatus {
  if (!Number.isSafeInteger(balancePence)) throw new Error('A balance is whole pence')
  if (balancePence > 0) return { kind: 'behind', pence: balancePence }
  if (balancePence < 0) return { kind: 'paid_more', pence: -balancePence }
  return { kind: 'up_to_date' }
}

/**
 * The maintenance part of an amount the paying parent owes with the collection charge on top: the
 * part the receiving parent is still owed. Never below zero.
 */
export function maintenancePartOf(owedWithChargePence: number, chargePercent = PAYING_PARENT_CHARGE_PERCENT): number {
  if (owedWithChargePence <= 0) return 0
  return Math.round((owedWithChargePence * 100) / (100 + chargePercent))
}
