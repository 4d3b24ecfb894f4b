import type { Database } from './db.ts'

export interface PaymentDue {
  scheduleItemId: number
  payingParentClientId: number
  dueDate: string
}

/** Scheduled texts: what is due to be reminded of, and the claims that stop a reminder going twice. */
export class ScheduledTexts {
  constructor(private readonly db: Database) {}

  /**
   * Claims a text before it is sent; true only for the one call (in any process) that made the
   * claim, so each reminder goes once.
   */
  async claim(kind: string, subjectKey: string, clientId: number, now: Date): Promise<boolean> {
    const inserted: unknown[] = await this.db('scheduled_texts')
      .insert({ kind, subject_key: subjectKey, client_id: clientId, claimed_at: now.toISOString() })
      .onConflict(['kind', 'subject_key'])
      .ignore()
      .returning('id')
    return inserted.length === 1
  }

  /** Collect and Pay payments due on a day from paying parents who asked for texts and have a mobile. */
  async paymentsDueOn(day: string): Promise<PaymentDue[]> {
    const rows = (await this.db('payment_schedule_items')
      .join('cases', 'cases.id', 'payment_schedule_items.case_id')
      .join('clients', 'clients.id', 'cases.paying_parent_client_id')
      .where('payment_schedule_items.due_date', day)
      .where('cases.service_type', 'collect_and_pay')
      .where('cases.status', 'active')
      .where('clients.sms_opt_in', true)
      .whereNotNull('clients.phone_mobile')
      .select('payment_schedule_items.id', 'clients.id as client_id', 'payment_schedule_items.due_date')
      .orderBy('payment_schedule_items.id')) as Array<{ id: number; client_id: number; due_date: string }>
    return rows.map(row => ({ scheduleItemId: row.id, payingParentClientId: row.client_id, dueDate: row.due_date }))
  }
}
