import type { RequestHandler } from 'express'
import type { Config } from '../../config.ts'
import { sessionCookies } from '../../middleware/setUpSession.ts'

/** The cookies page lists the one essential cookie, with its real name and idle time-out. */
export function get(config: Pick<Config, 'sessionIdleMinutes'>): RequestHandler {
  return (_req, res) => {
    res.render('pages/client/cookies', {
      sessionCookieName: sessionCookies.client.name,
      idleMinutes: config.sessionIdleMinutes,
    })
  }
}
