import type { ApplicationMove } from '../../services/applications/application-progress.ts'
import {
  awaitedFromClient,
  awaitedFromOtherParent,
  isApplicationStage,
} from '../../services/applications/application-stages.ts'
import type { FieldError } from '../../services/validation/form-errors.ts'
import { parseDateFields } from '../../services/validation/staff-fields.ts'

function chosen<T extends string>(value: unknown, allowed: readonly T[]): T[] | undefined {
  const values = ([] as unknown[]).concat(value ?? [])
  if (!values.every(each => typeof each === 'string' && (allowed as readonly string[]).includes(each))) return undefined
  return [...new Set(values as T[])]
}

export type ApplicationMoveCheck =
  { move: ApplicationMove; errors?: undefined } | { move?: undefined; errors: FieldError[] }

/** The caseworker's "move this application" form: a stage, what is awaited while gathering, the first payment date once set up. */
export function checkApplicationMove(body: Record<string, unknown>): ApplicationMoveCheck {
  const errors: FieldError[] = []
  const stage = body.stage
  if (!isApplicationStage(stage))
    return { errors: [{ field: 'stage', key: 'Select the stage the application has reached' }] }
  const fromClient = stage === 'information_gathering' ? chosen(body.awaitedFromClient, awaitedFromClient) : []
  const fromOtherParent =
    stage === 'information_gathering' ? chosen(body.awaitedFromOtherParent, awaitedFromOtherParent) : []
  if (!fromClient) errors.push({ field: 'awaitedFromClient', key: 'Select only items from the list' })
  if (!fromOtherParent) errors.push({ field: 'awaitedFromOtherParent', key: 'Select only items from the list' })
  let firstPaymentOn: string | null = null
  if (stage === 'case_set_up') {
    const date = parseDateFields(body, 'firstPaymentOn', 'first payment date')
    if (date.error) errors.push(date.error)
    else firstPaymentOn = date.date
  }
  if (errors.length > 0 || !fromClient || !fromOtherParent) return { errors }
  return { move: { stage, awaitedFromClient: fromClient, awaitedFromOtherParent: fromOtherParent, firstPaymentOn } }
}
