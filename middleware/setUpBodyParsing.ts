import express, { Router } from 'express'

/** Form posts only, with tight limits: no page here posts more than a few kilobytes of text. */
export function setUpBodyParsing(): Router {
  const router = Router()
  router.use(express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 200 }))
  return router
}
