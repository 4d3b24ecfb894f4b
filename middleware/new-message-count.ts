import type { RequestHandler } from 'express'
import type { ClientSummary } from '../models/client.model.ts'
import type { Letters } from '../models/letter.model.ts'

/**
 * "You have N new messages": the letters the signed-in client has not opened yet. (Their own sent
 * messages are not news to them, and emails and calls reach them outside the site.) Use after
 * requireSignedInClient; views/partials/_new-messages.njk shows the count.
 */
export function exposeNewMessageCount(letters: Pick<Letters, 'countUnread'>): RequestHandler {
  return async (_req, res, next) => {
    const client = res.locals.client as ClientSummary | undefined
    if (client) res.locals.newMessageCount = await letters.countUnread(client.id)
    next()
  }
}
