import type { RequestHandler } from 'express'
import type { Config } from '../../config.ts'

/** "You have been signed out": after signing out, or (?reason=timeout) after the idle time-out. */
export function get(config: Pick<Config, 'sessionIdleMinutes'>): RequestHandler {
  return (req, res) => {
    res.render('pages/client/signed-out', {
      timedOut: req.query.reason === 'timeout',
      idleMinutes: config.sessionIdleMinutes,
    })
  }
}
