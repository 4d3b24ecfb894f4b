import express, { Router } from 'express'
import { removeNulCharactersFromBody } from './without-nul-characters.ts'

/** Form posts only, with tight limits: no page here posts more than a few kilobytes of text. */
export function setUpBodyParsing(): Router {
  const router = Router()
  router.use(express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 200 }), removeNulCharactersFromBody)
  return router
}
