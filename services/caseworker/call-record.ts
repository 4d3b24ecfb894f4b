import { newActivity, type Activities } from '../../models/activity.model.ts'
import type { AuditLog } from '../../models/audit.model.ts'
import type { Database } from '../../models/db.ts'
import type { Clock } from '../clock.ts'
import { textField } from '../validation/fields.ts'
import type { FieldError } from '../validation/form-errors.ts'

export const CALL_NOTES_MAX = 1000

/** Why a call is referred to the Self Service Support Team: the seed's "When to transfer" list. */
export const supportTeamReasons = {
  registration: 'Registration: cannot register with the Government Gateway site',
  enrolment: 'Enrolment: cannot enrol for the Child Maintenance Service',
  log_in: 'Log in: cannot log in',
  navigation: 'Navigation: cannot move from a screen or view the details',
  data_mismatch: 'Data mismatch: the site shows different information from the system',
  feedback: 'Feedback about the site',
} as const
export type SupportTeamReason = keyof typeof supportTeamReasons

export interface Call {
  direction: 'inbound' | 'outbound'
  notes: string
  /** Set when the call was referred (warm transferred) to the Self Service Support Team. */
  referral: SupportTeamReason | null
}

/** Reads the "Record a call" form: direction, notes, and the referral reason when referred. */
export function readCall(body: Record<string, unknown>): { call?: Call; errors: FieldError[] } {
  const errors: FieldError[] = []
  const direction = textField(body, 'direction')
  if (direction !== 'inbound' && direction !== 'outbound')
    errors.push({ field: 'direction', key: 'Select whether the client called us or we called the client' })
  const referred = textField(body, 'referred')
  if (referred !== 'yes' && referred !== 'no')
    errors.push({ field: 'referred', key: 'Select whether the call was referred to the Self Service Support Team' })
  const reason = textField(body, 'referralReason')
  const knownReason = Object.hasOwn(supportTeamReasons, reason)
  if (referred === 'yes' && !knownReason)
    errors.push({ field: 'referralReason', key: 'Select why the call was referred to the Self Service Support Team' })
  const notes = textField(body, 'notes')
  if (notes === '') errors.push({ field: 'notes', key: 'Enter the reason for the call' })
  else if (notes.length > CALL_NOTES_MAX)
    errors.push({ field: 'notes', key: `Notes must be ${CALL_NOTES_MAX} characters or fewer` })
  if (errors.length > 0) return { errors }
  return {
    call: {
      direction: direction as Call['direction'],
      notes,
      referral: referred === 'yes' ? (reason as SupportTeamReason) : null,
    },
    errors,
  }
}

const subjectOf = (call: Call) =>
  call.referral
    ? `Referred to the Self Service Support Team: ${supportTeamReasons[call.referral].split(':')[0]}`
    : call.direction === 'inbound'
      ? 'Call from the client'
      : 'Call to the client'

/** Records a call on the client's record as a phone call activity, done, with its audit entry. */
export class CallRecorder {
  constructor(
    private readonly db: Database,
    private readonly activities: Activities,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  async record(clientId: number, call: Call, staffId: string): Promise<number> {
    const now = this.clock.now()
    return this.db.transaction(async trx => {
      const id = await this.activities.record(
        newActivity({
          clientId,
          activityType: 'phone_call',
          direction: call.direction,
          subject: subjectOf(call),
          body: call.notes,
          status: 'open',
          createdBy: staffId,
        }),
        now,
        trx,
      )
      await this.activities.markDone(id, staffId, now, trx)
      await this.auditLog.record(
        {
          actorType: 'staff',
          actorId: staffId,
          action: 'call_recorded',
          subjectType: 'client',
          subjectId: clientId,
          details: { activityId: id, direction: call.direction, referral: call.referral },
        },
        trx,
      )
      return id
    })
  }
}
