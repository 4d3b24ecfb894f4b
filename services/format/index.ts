import { formatDate, formatShortDate, formatTime } from './dates.ts'
import { formatFileSize } from './file-size.ts'
import { formatMoney } from './money.ts'
import { formatNationalInsuranceNumber, groupInFours } from './identifiers.ts'

/** Every formatting function, registered as a Nunjucks filter of the same name. */
export const viewFilters = {
  formatDate,
  formatShortDate,
  formatTime,
  formatMoney,
  groupInFours,
  formatNationalInsuranceNumber,
  formatFileSize,
} as const
