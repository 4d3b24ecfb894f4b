import type { Request, Response } from 'express'
import type { Activities, Activity } from '../../models/activity.model.ts'
import type { ClientModel } from '../../models/client.model.ts'
import type { ClientRow } from '../../types/knex-tables.d.ts'
import { clientFromPath } from './client-record.ts'
import { renderNotFound } from './not-found.ts'

/** The client and their activity named in the URL; another client's activity is a 404 like none. */
export async function activityFromPath(
  req: Request,
  res: Response,
  clients: ClientModel,
  activities: Activities,
): Promise<{ client: ClientRow; activity: Activity } | undefined> {
  const client = await clientFromPath(req, res, clients)
  if (!client) return undefined
  const id = Number(req.params.activityId)
  const activity = Number.isSafeInteger(id) && id > 0 ? await activities.findForClient(client.id, id) : undefined
  if (!activity) {
    renderNotFound(res)
    return undefined
  }
  return { client, activity }
}
