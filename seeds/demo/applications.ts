import { ApplicationModel } from '../../models/application.model.ts'
import type { Database } from '../../models/db.ts'
import { addDays } from '../../services/rules/calendar.ts'

/** Nia Roberts applied three weeks ago; the service is still gathering information from both parents. */
export async function seedDemoApplication(trx: Database, clientId: number, today: string, now: Date): Promise<void> {
  await new ApplicationModel(trx).create(
    clientId,
    {
      stage: 'information_gathering',
      reachedOn: {
        received: addDays(today, -21),
        information_gathering: addDays(today, -14),
        calculation: null,
        case_set_up: null,
      },
      firstPaymentOn: null,
      awaitedFromClient: ['proof_of_income'],
      awaitedFromOtherParent: ['other_parent_income'],
    },
    'system',
    now,
  )
}
