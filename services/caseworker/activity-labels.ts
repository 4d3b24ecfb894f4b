import type { Activity, ActivityStatus, ActivityType } from '../../models/activity.model.ts'
import { isPastDue } from '../rules/uk-day-bounds.ts'

/** How each kind of activity is named on the intranet, as the seed names them. */
export const activityTypeNames: Readonly<Record<ActivityType, string>> = {
  inbound_message: 'Self Service message',
  inbound_upload: 'Self Service inbound upload',
  upload_error: 'Upload error',
  outbound_letter: 'Letter',
  outbound_email: 'Email',
  phone_call: 'Phone call',
  fax: 'Fax',
  service_request: 'Service request',
}

export const activityStatusNames: Readonly<Record<ActivityStatus, string>> = {
  open: 'Open',
  in_progress: 'In Progress',
  done: 'Done',
}

/** An inbound message still waiting for an answer after the UK day it was due. */
export function isOverdue(activity: Pick<Activity, 'status' | 'dueOn'>, now: Date): boolean {
  return activity.status !== 'done' && activity.dueOn !== null && isPastDue(activity.dueOn, now)
}

/** What the list and the page show about an activity, besides its own fields. */
export function describeActivity(activity: Activity, now: Date) {
  return {
    ...activity,
    typeName: activityTypeNames[activity.activityType] ?? activity.activityType,
    statusName: activityStatusNames[activity.status] ?? activity.status,
    overdue: isOverdue(activity, now),
  }
}
