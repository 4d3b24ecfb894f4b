import type { ScheduledTexts } from '../../models/scheduled-text.model.ts'
import type { Clock } from '../clock.ts'
import { ukCalendarDate } from '../format/dates.ts'
import { addDays } from '../rules/calendar.ts'
import type { TextUpdates } from './text-updates.ts'

/** Paying parents are texted three days before a payment is due. */
export const REMINDER_DAYS_BEFORE_DUE = 3

/**
 * The scheduled job behind "payment due in three days" texts. It can run as often as wanted, in as
 * many processes as wanted: each reminder is claimed in the database before it is sent.
 */
export class PaymentDueReminders {
  constructor(
    private readonly scheduledTexts: ScheduledTexts,
    private readonly textUpdates: TextUpdates,
    private readonly clock: Clock,
  ) {}

  /** Sends today's reminders not yet sent; returns how many it sent. */
  async run(): Promise<number> {
    const now = this.clock.now()
    const dueDay = addDays(ukCalendarDate(now), REMINDER_DAYS_BEFORE_DUE)
    let sent = 0
    for (const due of await this.scheduledTexts.paymentsDueOn(dueDay)) {
      const claimed = await this.scheduledTexts.claim(
        'payment_due',
        String(due.scheduleItemId),
        due.payingParentClientId,
        now,
      )
      if (claimed && (await this.textUpdates.send(due.payingParentClientId, 'paymentDue'))) sent++
    }
    return sent
  }
}
