import type { ClientCase } from '../../models/client-cases.model.ts'

/** The cases a client can pay for online: Collect & Pay cases where they are the paying parent. */
export function payableCases(cases: ClientCase[]): ClientCase[] {
  return cases.filter(item => item.role === 'paying_parent' && item.serviceType === 'collect_and_pay')
}
