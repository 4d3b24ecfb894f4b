import type { RequestHandler } from 'express'
import { pinoHttp } from 'pino-http'
import type { Logger } from '../services/logger.ts'

const skip: RequestHandler = (_req, _res, next) => next()

/**
 * One log line per request: method, path (never the query, which can hold personal data), status, time.
 * Those lines are logged at info level: when the log level is above it, nothing is set up per request
 * (failed requests are still logged, by the error handler).
 */
export function setUpRequestLogging(logger: Logger): RequestHandler {
  if (!logger.isLevelEnabled('info')) return skip
  return pinoHttp({
    logger,
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: req => (req.url ?? '').startsWith('/assets/') },
  })
}
