import type { FieldError } from './form-errors.ts'

/** Direct Debits are collected on a day from the 1st to the 28th, so every month has it. */
export const LAST_COLLECTION_DAY = 28

export function checkCollectionDay(typed: string): { day?: number; error?: FieldError } {
  if (typed === '') return { error: { field: 'collectionDay', key: 'bankAccount:errors.collectionDay.missing' } }
  if (!/^\d{1,2}$/.test(typed) || Number(typed) < 1 || Number(typed) > LAST_COLLECTION_DAY) {
    return {
      error: {
        field: 'collectionDay',
        key: 'bankAccount:errors.collectionDay.range',
        values: { last: LAST_COLLECTION_DAY },
      },
    }
  }
  return { day: Number(typed) }
}
