import type { ActivityNoteRow, ActivityRow } from '../types/knex-tables-activities.d.ts'
import { returnedId, toCount, type Database } from './db.ts'

export const activityTypes = [
  'inbound_message',
  'inbound_upload',
  'upload_error',
  'outbound_letter',
  'outbound_email',
  'phone_call',
  'fax',
  'service_request',
] as const
export type ActivityType = (typeof activityTypes)[number]
export type ActivityDirection = 'inbound' | 'outbound'
export type ActivityStatus = 'open' | 'in_progress' | 'done'

/** Who made an activity: "self_service" for the client online, "system", or a staff ID. */
export type ActivityAuthor = string

export interface NewActivity {
  clientId: number
  caseId: number | null
  activityType: ActivityType
  direction: ActivityDirection
  subject: string
  body: string | null
  reference: string | null
  status: ActivityStatus
  errorStatus: 'in_error' | null
  errorDescription: string | null
  letterId: number | null
  outboundMessageId: number | null
  uploadErrorId: number | null
  serviceRequestId: number | null
  /** The UK calendar day a response is due, for inbound messages. */
  dueOn: string | null
  createdBy: ActivityAuthor
}

export interface Activity extends NewActivity {
  id: number
  createdAt: string
  completedAt: string | null
  completedBy: string | null
}

export interface ActivityNote {
  id: number
  activityId: number
  note: string
  createdAt: string
  createdBy: string
}

export interface ActivityFilter {
  types?: readonly ActivityType[]
  direction?: ActivityDirection
  /** Inclusive ISO timestamps. */
  from?: string
  to?: string
  openOnly?: boolean
}

/** Fills the fields most activities leave empty. */
export function newActivity(
  fields: Pick<NewActivity, 'clientId' | 'activityType' | 'direction' | 'subject' | 'status' | 'createdBy'> &
    Partial<NewActivity>,
): NewActivity {
  return {
    caseId: null,
    body: null,
    reference: null,
    errorStatus: null,
    errorDescription: null,
    letterId: null,
    outboundMessageId: null,
    uploadErrorId: null,
    serviceRequestId: null,
    dueOn: null,
    ...fields,
  }
}

function toActivity(row: ActivityRow): Activity {
  return {
    id: row.id,
    clientId: row.client_id,
    caseId: row.case_id,
    activityType: row.activity_type as ActivityType,
    direction: row.direction as ActivityDirection,
    subject: row.subject,
    body: row.body,
    reference: row.reference,
    status: row.status as ActivityStatus,
    errorStatus: row.error_status as 'in_error' | null,
    errorDescription: row.error_description,
    letterId: row.letter_id,
    outboundMessageId: row.outbound_message_id,
    uploadErrorId: row.upload_error_id,
    serviceRequestId: row.service_request_id,
    dueOn: row.due_on,
    createdAt: row.created_at,
    createdBy: row.created_by,
    completedAt: row.completed_at,
    completedBy: row.completed_by,
  }
}

function toNote(row: ActivityNoteRow): ActivityNote {
  return {
    id: row.id,
    activityId: row.activity_id,
    note: row.note,
    createdAt: row.created_at,
    createdBy: row.created_by,
  }
}

const newestFirst = [
  { column: 'created_at', order: 'desc' as const },
  { column: 'id', order: 'desc' as const },
]

/** Activities on clients' records and their notes: what caseworkers work. */
export class Activities {
  constructor(private readonly db: Database) {}

  async record(activity: NewActivity, now: Date, transaction: Database = this.db): Promise<number> {
    const inserted: unknown[] = await transaction('activities')
      .insert({
        client_id: activity.clientId,
        case_id: activity.caseId,
        activity_type: activity.activityType,
        direction: activity.direction,
        subject: activity.subject,
        body: activity.body,
        reference: activity.reference,
        status: activity.status,
        error_status: activity.errorStatus,
        error_description: activity.errorDescription,
        letter_id: activity.letterId,
        outbound_message_id: activity.outboundMessageId,
        upload_error_id: activity.uploadErrorId,
        service_request_id: activity.serviceRequestId,
        due_on: activity.dueOn,
        created_at: now.toISOString(),
        created_by: activity.createdBy,
      })
      .returning('id')
    return returnedId(inserted[0])
  }

  async findById(id: number): Promise<Activity | undefined> {
    const row = await this.db('activities').where({ id }).first()
    return row ? toActivity(row) : undefined
  }

  /** A client's own activity; another client's is the same as none. */
  async findForClient(clientId: number, id: number): Promise<Activity | undefined> {
    const row = await this.db('activities').where({ id, client_id: clientId }).first()
    return row ? toActivity(row) : undefined
  }

  /** A client's activities, newest first, narrowed by the filter. */
  async listForClient(clientId: number, filter: ActivityFilter = {}, limit = 500): Promise<Activity[]> {
    const rows = await this.filtered(clientId, filter).orderBy(newestFirst).limit(limit)
    return rows.map(toActivity)
  }

  /**
   * One page of a client's activities, newest first, and how many match the filter in all: both in
   * one query (a window count over the filtered rows). A page past the end has no rows to carry the
   * total, so only then is it counted on its own.
   */
  async pageForClient(
    clientId: number,
    filter: ActivityFilter,
    page: { offset: number; limit: number },
  ): Promise<{ activities: Activity[]; total: number }> {
    const rows = (await this.filtered(clientId, filter)
      .select('*', this.db.raw('count(*) over () as total_count'))
      .orderBy(newestFirst)
      .offset(page.offset)
      .limit(page.limit)) as Array<ActivityRow & { total_count: unknown }>
    const total =
      rows.length > 0
        ? toCount({ count: rows[0]!.total_count })
        : page.offset === 0
          ? 0
          : toCount(await this.filtered(clientId, filter).count({ count: '*' }).first())
    return { activities: rows.map(toActivity), total }
  }

  private filtered(clientId: number, filter: ActivityFilter) {
    const query = this.db('activities').where({ client_id: clientId })
    if (filter.types && filter.types.length > 0) void query.whereIn('activity_type', filter.types)
    if (filter.direction) void query.where('direction', filter.direction)
    if (filter.from) void query.where('created_at', '>=', filter.from)
    if (filter.to) void query.where('created_at', '<=', filter.to)
    if (filter.openOnly) void query.whereNot('status', 'done')
    return query
  }

  /** Every activity not yet done, oldest first: the team's work items, optionally of some types only. */
  async listOpen(limit = 500, types: readonly ActivityType[] = []): Promise<Activity[]> {
    const query = this.db('activities').whereNot('status', 'done')
    if (types.length > 0) void query.whereIn('activity_type', types)
    const rows = await query
      .orderBy([
        { column: 'created_at', order: 'asc' },
        { column: 'id', order: 'asc' },
      ])
      .limit(limit)
    return rows.map(toActivity)
  }

  /** Marks an activity done once; says whether this call did it. */
  async markDone(id: number, staffId: string, now: Date, transaction: Database = this.db): Promise<boolean> {
    const updated = await transaction('activities')
      .where({ id })
      .whereNot('status', 'done')
      .update({ status: 'done', error_status: null, completed_at: now.toISOString(), completed_by: staffId })
    return updated === 1
  }

  async addNote(
    activityId: number,
    note: string,
    staffId: string,
    now: Date,
    transaction: Database = this.db,
  ): Promise<number> {
    const inserted: unknown[] = await transaction('activity_notes')
      .insert({ activity_id: activityId, note, created_at: now.toISOString(), created_by: staffId })
      .returning('id')
    return returnedId(inserted[0])
  }

  async notesFor(activityId: number): Promise<ActivityNote[]> {
    const rows = await this.db('activity_notes').where({ activity_id: activityId }).orderBy('id', 'asc')
    return rows.map(toNote)
  }
}
