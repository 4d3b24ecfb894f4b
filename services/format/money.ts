const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', minimumFractionDigits: 2 })

/** Integer pence as "£1,234.56". */
export function formatMoney(pence: number | null | undefined): string {
  if (pence === null || pence === undefined) return ''
  if (!Number.isInteger(pence)) throw new Error('Money is held in whole pence')
  return pounds.format(pence / 100)
}
