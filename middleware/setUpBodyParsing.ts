import express, { Router, type RequestHandler } from 'express'
import { removeNulCharactersFromBody } from './without-nul-characters.ts'

/** GET and HEAD requests carry no form: they skip the parser altogether. */
const onlyWithForms: RequestHandler = (req, _res, next) => {
  next(req.method === 'GET' || req.method === 'HEAD' ? 'router' : undefined)
}

/** Form posts only, with tight limits: no page here posts more than a few kilobytes of text. */
export function setUpBodyParsing(): Router {
  const router = Router()
  router.use(
    onlyWithForms,
    express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 200 }),
    removeNulCharactersFromBody,
  )
  return router
}
