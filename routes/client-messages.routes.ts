import { Router } from 'express'
import type { AppDependencies } from '../dependencies.ts'
import * as contactHistory from '../controllers/client/messages/contact-history.controller.ts'
import * as letters from '../controllers/client/messages/letters.controller.ts'
import * as messageSent from '../controllers/client/messages/message-sent.controller.ts'
import * as sendMessage from '../controllers/client/messages/send-message.controller.ts'
import * as uploadDocuments from '../controllers/client/messages/upload-documents.controller.ts'
import { requireSignedInClient } from '../middleware/client-access.ts'
import { clientNavigation } from '../middleware/client-navigation.ts'
import type { CsrfProtection } from '../middleware/setUpCsrf.ts'
import { createUploadParser } from '../middleware/upload-files.ts'
import { clientPaths } from './paths.ts'

/** Secure messages, contact history and letters: signed-in pages. */
export function clientMessageRoutes(deps: AppDependencies): Router {
  const router = Router()
  const signedIn = [requireSignedInClient(deps.clients), clientNavigation]
  router.get(clientPaths.messages, ...signedIn, contactHistory.get(deps.contactHistory))
  router.get(clientPaths.sendMessage, ...signedIn, sendMessage.get(deps.clientCases))
  router.get(clientPaths.messageSent, ...signedIn, messageSent.get(deps.activities))
  router.get(clientPaths.letters, ...signedIn, letters.list(deps.letters))
  router.get(clientPaths.letter, ...signedIn, letters.download(deps.letters, deps.i18n, deps.clock))
  router.get(clientPaths.uploadDocuments, ...signedIn, uploadDocuments.get())
  router.get(clientPaths.documentsUploaded, ...signedIn, uploadDocuments.done())
  return router
}

/**
 * The forms that carry files. Mounted before the site-wide CSRF check: multer reads the multipart
 * body first, then the token in it is checked, before anything else is done.
 */
export function clientMessageUploadRoutes(deps: AppDependencies, csrf: CsrfProtection): Router {
  const router = Router()
  const uploadFiles = createUploadParser(deps.config.uploads)
  const signedIn = [requireSignedInClient(deps.clients), clientNavigation]
  router.post(
    clientPaths.sendMessage,
    uploadFiles('attachments'),
    csrf.protectUpload,
    ...signedIn,
    sendMessage.post(deps.clientCases, deps.secureMessages),
  )
  router.post(
    clientPaths.uploadDocuments,
    uploadFiles('documents'),
    csrf.protectUpload,
    ...signedIn,
    uploadDocuments.post(deps.documentUploads),
  )
  return router
}
