import type { Request, Response } from 'express'
import type { Activities, Activity } from '../../models/activity.model.ts'
import type { ClientModel } from '../../models/client.model.ts'
import { approvedResponses, type ApprovedResponse } from '../../services/caseworker/approved-responses.ts'
import type { EmailResponder } from '../../services/caseworker/email-responder.ts'
import { canRespondByEmail, telephoneInstead } from '../../services/caseworker/email-response-rules.ts'
import type { Clock } from '../../services/clock.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'
import { activityFromPath } from './activity-record.ts'

export interface RespondParts {
  clients: ClientModel
  activities: Activities
  responder: EmailResponder
  clock: Clock
}

export interface MessageToAnswer {
  client: ClientRow
  activity: Activity
  /** The approved responses for this kind of enquiry. */
  templates: ApprovedResponse[]
}

/**
 * The message named in the URL, when the seed's rule lets it be answered by email. Otherwise the
 * page says to telephone the client, and nothing is returned.
 */
export async function messageToAnswer(
  req: Request,
  res: Response,
  parts: RespondParts,
): Promise<MessageToAnswer | undefined> {
  const found = await activityFromPath(req, res, parts.clients, parts.activities)
  if (!found) return undefined
  const decision = canRespondByEmail(found.client, found.activity)
  if (!decision.allowed) {
    res.render('pages/caseworker/respond/telephone', { ...found, reason: telephoneInstead[decision.reason] })
    return undefined
  }
  return { ...found, templates: approvedResponses.filter(template => template.enquiry === decision.enquiry) }
}

/** The chosen template from the URL, if it is one offered for this message. */
export function templateFromPath(req: Request, message: MessageToAnswer): ApprovedResponse | undefined {
  return message.templates.find(template => template.id === req.params.templateId)
}

/** Only the template's own fields and ticked paragraphs are kept from a posted form. */
export function responseFields(body: Record<string, unknown>): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(body)) {
    if (!(name.startsWith('field-') || name === 'optional')) continue
    if (typeof value === 'string') kept[name] = value
    else if (Array.isArray(value)) kept[name] = value.filter((item): item is string => typeof item === 'string')
  }
  return kept
}
